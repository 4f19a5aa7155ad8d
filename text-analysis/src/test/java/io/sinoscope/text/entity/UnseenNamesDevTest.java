package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unseen names on the development set {@code unseen-names-dev-v1.tsv} (written for issue 22, tuned on; the
 * blind set is measured elsewhere). Measures, as the blind set defines them: unseen recall (an annotated
 * occurrence has an entity, linked or not, of exactly that span and type), unlinked precision (reported
 * unlinked mentions whose span equals an annotated occurrence), cross-form (entities with two or more
 * spellings whose every occurrence got one and the same id) and noise (unlinked entities in texts with no
 * annotation). Prints {@code UNSEEN-DEV} lines with every miss; the thresholds sit a little below the
 * measured figures (docs/quality.md, "Unseen transliterated names").
 */
class UnseenNamesDevTest {

    // With the knowledge base merged, three place mentions link to entities CC-CEDICT leaves untyped (OTHER:
    // 达拉斯 "Dallas", 科尔多瓦 "Córdoba, Spain"), and a listed spelling and an unlisted one of the same name now
    // meet only through KeyedNames: recall 50/58 and cross-form 18/25 where the names work alone measured 53/58 and
    // 20/25 (docs/quality.md). The thresholds sit a little below the figures of the merged analyzer.
    static final double MIN_RECALL = 0.85;
    static final double MIN_PRECISION = 0.92;
    static final double MIN_CROSS_FORM = 0.70;
    static final int MAX_NOISE = 0;

    record Text(String id, String region, String text) {
    }

    record Expected(String textId, String surface, EntityType type, String cluster) {
    }

    static final String RESOURCE = "/io/sinoscope/text/entity/unseen-names-dev-v1.tsv";

    static Map<String, Text> texts = new LinkedHashMap<>();
    static List<Expected> expected = new ArrayList<>();

    static void load() throws IOException {
        if (!texts.isEmpty()) {
            return;
        }
        try (InputStream in = UnseenNamesDevTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c[0].equals("S")) {
                    texts.put(c[1], new Text(c[1], c[2], c[3]));
                } else {
                    assertTrue(texts.containsKey(c[1]) && texts.get(c[1]).text().contains(c[2]), line);
                    expected.add(new Expected(c[1], c[2], EntityType.valueOf(c[3]), c[4]));
                }
            }
        }
    }

    /** Start offsets of whole occurrences of {@code surface}, not inside a longer annotated surface of the text. */
    static List<Integer> occurrences(String text, String surface, List<Expected> ofText) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int start = at;
            boolean inside = ofText.stream().anyMatch(other -> other.surface().length() > surface.length()
                    && other.surface().contains(surface) && covers(text, other.surface(), start, start + surface.length()));
            if (!inside) {
                found.add(at);
            }
        }
        return found;
    }

    private static boolean covers(String text, String longer, int start, int end) {
        for (int at = text.indexOf(longer); at >= 0; at = text.indexOf(longer, at + 1)) {
            if (at <= start && end <= at + longer.length()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void unseenNamesOnTheDevelopmentSet() throws IOException {
        load();
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        int occurrences = 0;
        int recalled = 0;
        int unlinkedReported = 0;
        int unlinkedRight = 0;
        int noise = 0;
        Map<String, Set<String>> idsByCluster = new LinkedHashMap<>();
        Map<String, Set<String>> surfacesByCluster = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Text text : texts.values()) {
            Analysis analysis = analyzer.analyze(text.text(), now);
            List<Expected> ofText = expected.stream().filter(e -> e.textId().equals(text.id())).toList();
            Set<String> annotatedSpans = new HashSet<>();
            for (Expected e : ofText) {
                for (int start : occurrences(text.text(), e.surface(), ofText)) {
                    occurrences++;
                    int end = start + e.surface().length();
                    annotatedSpans.add(start + ":" + end);
                    String id = MentionProbe.idAt(analysis, start, end, e.type());
                    surfacesByCluster.computeIfAbsent(e.cluster(), k -> new HashSet<>()).add(e.surface());
                    idsByCluster.computeIfAbsent(e.cluster(), k -> new HashSet<>()).add(id == null ? "(none)" : id);
                    if (id != null) {
                        recalled++;
                    } else {
                        lines.add("UNSEEN-DEV miss " + text.id() + " " + e.surface() + " " + e.type() + " got "
                                + MentionProbe.around(analysis, start, end, false));
                    }
                }
            }
            for (LinkedEntity entity : analysis.entities()) {
                if (!entity.id().startsWith("unlinked:")) {
                    continue;
                }
                for (Mention m : entity.mentions()) {
                    unlinkedReported++;
                    if (annotatedSpans.contains(m.start() + ":" + m.end())) {
                        unlinkedRight++;
                    } else {
                        lines.add("UNSEEN-DEV wrong-unlinked " + text.id() + " " + m.surface() + " " + entity.id()
                                + " " + m.confidence());
                    }
                    if (ofText.isEmpty()) {
                        noise++;
                    }
                }
            }
        }
        int clusters = 0;
        int joined = 0;
        for (Map.Entry<String, Set<String>> cluster : idsByCluster.entrySet()) {
            if (surfacesByCluster.get(cluster.getKey()).size() < 2) {
                continue;
            }
            clusters++;
            Set<String> ids = cluster.getValue();
            if (ids.size() == 1 && !ids.contains("(none)")) {
                joined++;
            } else {
                lines.add("UNSEEN-DEV split " + cluster.getKey() + " " + surfacesByCluster.get(cluster.getKey()) + " " + ids);
            }
        }
        double recall = ratio(recalled, occurrences);
        double precision = ratio(unlinkedRight, unlinkedReported);
        double crossForm = ratio(joined, clusters);
        lines.forEach(System.out::println);
        System.out.printf("UNSEEN-DEV unseen recall %d/%d %.3f%n", recalled, occurrences, recall);
        System.out.printf("UNSEEN-DEV unlinked precision %d/%d %.3f%n", unlinkedRight, unlinkedReported, precision);
        System.out.printf("UNSEEN-DEV cross-form %d/%d %.3f%n", joined, clusters, crossForm);
        System.out.printf("UNSEEN-DEV unlinked mentions in texts with no unseen name %d%n", noise);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
        assertTrue(crossForm >= MIN_CROSS_FORM, "cross-form " + crossForm);
        assertTrue(noise <= MAX_NOISE, "unlinked mentions in texts without a name: " + noise);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    /**
     * Analysis time relative to raw HanLP segmentation with name recognition over the same texts (the
     * development set, repeated), printed and not asserted: a ratio within one run, so machine speed cancels.
     */
    @Test
    void printsAnalysisSpeedRelativeToRawHanLp() throws IOException {
        load();
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        List<String> all = texts.values().stream().map(Text::text).toList();
        String joined = String.join("\n", all);
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        for (int warm = 0; warm < 20; warm++) {
            analyzer.analyze(joined, now);
            raw(joined);
        }
        // The median of per-round ratios: other processes on the machine slow single rounds, not the median.
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < 101; round++) {
            long t0 = System.nanoTime();
            analyzer.analyze(joined, now);
            long t1 = System.nanoTime();
            raw(joined);
            long t2 = System.nanoTime();
            ratios.add((double) (t2 - t1) / (t1 - t0));
        }
        ratios.sort(null);
        System.out.printf("UNSEEN-DEV speed: raw HanLP NER / full analysis = %.3f (median of %d rounds)%n",
                ratios.get(ratios.size() / 2), ratios.size());
    }

    private static int raw(String text) {
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableCustomDictionary(true).enableOffset(true);
        return segment.seg(HanLP.convertToSimplifiedChinese(text)).size();
    }
}
