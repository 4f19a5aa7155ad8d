package io.sinoscope.text.script;

import io.sinoscope.text.Region;
import io.sinoscope.text.resource.AnalyzerData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Region detection on the development set {@value #DEV_SET}: short Taiwan and Hong Kong texts without a hand-list
 * cue, mainland Simplified texts and Traditional texts with no regional evidence. Prints correct / wrong / OTHER per
 * expected region and gates on the agreed floor: at least {@link #FLOOR} right per region, never a wrong region (a
 * wrong Taiwan or Hong Kong switches on wrong defaults downstream, OTHER only switches them off), every Simplified
 * text mainland and every evidence-free Traditional text OTHER.
 */
class RegionDevSetTest {

    static final String DEV_SET = "src/test/resources/io/sinoscope/text/region/region-dev-v1.tsv";
    private static final Map<Region, Integer> FLOOR = Map.of(Region.TAIWAN, 20, Region.HONG_KONG, 12);

    private record Example(Region expected, String text) {
    }

    private final ScriptDetector scripts = new ScriptDetector();
    private final RegionDetector regions = RegionDetector.fromResources();

    @Test
    void devSetMeetsTheFloorWithoutAWrongRegion() throws IOException {
        Map<Region, int[]> tally = new EnumMap<>(Region.class); // correct, wrong, OTHER
        List<String> wrong = new ArrayList<>();
        for (Example example : examples()) {
            Region found = regions.detect(example.text(), scripts.detect(example.text())).region();
            int[] counts = tally.computeIfAbsent(example.expected(), region -> new int[3]);
            if (found == example.expected()) {
                counts[0]++;
            } else if (found == Region.OTHER) {
                counts[2]++;
            } else {
                counts[1]++;
                wrong.add(example.expected() + " read as " + found + ": " + example.text());
            }
        }
        tally.forEach((region, counts) -> System.out.println("REGION DEV " + region + " correct " + counts[0]
                + " wrong " + counts[1] + " OTHER " + counts[2]));
        wrong.forEach(line -> System.out.println("REGION DEV wrong " + line));
        assertTrue(wrong.isEmpty(), "wrong regions: " + wrong);
        FLOOR.forEach((region, floor) -> assertTrue(tally.get(region)[0] >= floor,
                region + " right " + tally.get(region)[0] + " < floor " + floor));
        assertEquals(10, tally.get(Region.MAINLAND)[0], "every Simplified text stays mainland");
        assertEquals(9, tally.get(Region.OTHER)[0], "every evidence-free Traditional text stays OTHER");
    }

    @Test
    void devSetCarriesNoHandListCue() throws IOException {
        List<String> cues = AnalyzerData.readTsv(RegionDetector.CUES, 3).stream().map(row -> row[1]).toList();
        for (Example example : examples()) {
            for (String cue : cues) {
                assertTrue(!example.text().contains(cue), "hand-list cue " + cue + " in " + example.text());
            }
        }
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(DEV_SET), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                Region expected = columns[0].equals("OTHER") ? Region.OTHER : Region.fromCode(columns[0]);
                examples.add(new Example(expected, columns[1]));
            }
        }
        return examples;
    }
}
