package io.sinoscope.text.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures region detection on the blind region set v4 (issue 23): accuracy per kind (document, sentence) and gold
 * region, the confusion, and every miss, as lines starting "BLIND23R4 ". Fails only when the set is malformed, never
 * on low figures: the set is measured before and after a change, not used as a gate, and never tuned on.
 */
class BlindRegionV4Test {

    private static final String SET = "/io/sinoscope/text/blind/blind-region-v4.tsv";

    private record Item(String id, String kind, String region, String text) {
    }

    @Test
    void measuresRegionOfDocumentsAndSentences() throws IOException {
        List<Item> items = read();
        Assumptions.assumeFalse(items.isEmpty(), "blind region set v4 is not there");
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Map<String, int[]> perKindRegion = new TreeMap<>(); // right, total
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Item item : items) {
            String got = analyzer.normalize(item.text()).region().code();
            boolean right = got.equals(item.region());
            for (String key : List.of(item.kind() + " all", item.kind() + " " + item.region())) {
                int[] counts = perKindRegion.computeIfAbsent(key, k -> new int[2]);
                counts[0] += right ? 1 : 0;
                counts[1]++;
            }
            confusion.merge(item.kind() + " expected=" + item.region() + " got=" + got, 1, Integer::sum);
            if (!right) {
                misses.add("BLIND23R4 miss " + item.kind() + " " + item.id() + " expected=" + item.region()
                        + " got=" + got);
            }
        }
        perKindRegion.forEach((key, c) -> System.out.printf("BLIND23R4 %s correct=%d expected=%d share=%.3f%n",
                key, c[0], c[1], c[0] / (double) c[1]));
        confusion.forEach((key, n) -> System.out.printf("BLIND23R4 confusion %s n=%d%n", key, n));
        misses.forEach(System.out::println);
        assertTrue(perKindRegion.get("doc all")[1] >= 45 && perKindRegion.get("sentence all")[1] >= 90,
                "the set has its documents and sentences");
    }

    private static List<Item> read() throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = BlindRegionV4Test.class.getResourceAsStream(SET)) {
            if (in == null) {
                return items;
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false; // the column names
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, "five columns: " + line);
                assertTrue(List.of("doc", "sentence").contains(f[1]), "kind: " + line);
                assertTrue(List.of("CN", "TW", "HK", "OTHER").contains(f[2]), "region: " + line);
                items.add(new Item(f[0], f[1], f[2], f[3].replace("\\n", "\n")));
            }
        }
        return items;
    }
}
