package io.sinoscope.text.entity;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of linked mentions over the annotated set {@code linking-eval-v1.tsv}
 * (sentences written for this test in mainland, Hong Kong and Taiwan style). A predicted mention
 * is a (gazetteer id, surface) pair from a linked entity; unlinked entities are not counted as
 * predictions here. Each expected pair matches at most one predicted pair of the same sentence.
 * Noise traps ({@code !noise}) must not come out as any entity. Thresholds sit a little below the
 * first measurement (see docs/quality.md, "Entity linking").
 */
class LinkingEvaluationTest {

    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.97;
    static final double MIN_HELDOUT_PRECISION = 0.97;
    static final double MIN_HELDOUT_RECALL = 0.97;

    private record Row(String region, String sentence, String id, String surface) {
    }

    static List<Row> rows(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LinkingEvaluationTest.class.getResourceAsStream("/io/sinoscope/text/entity/" + resource)) {
            assertNotNull(in, "evaluation set missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                rows.add(new Row(c[0], c[1], c[2], c[3]));
            }
        }
        return rows;
    }

    @Test
    void precisionAndRecallOnTheDevelopmentSet() throws IOException {
        evaluate("linking-eval-v1.tsv", MIN_PRECISION, MIN_RECALL);
    }

    @Test
    void precisionAndRecallOnTheHeldOutSet() throws IOException {
        evaluate("linking-heldout-v1.tsv", MIN_HELDOUT_PRECISION, MIN_HELDOUT_RECALL);
    }

    private static void evaluate(String resource, double minPrecision, double minRecall) throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Map<String, List<Row>> bySentence = new LinkedHashMap<>();
        for (Row row : rows(resource)) {
            bySentence.computeIfAbsent(row.sentence(), s -> new ArrayList<>()).add(row);
        }
        int expectedTotal = 0;
        int predictedTotal = 0;
        int truePositives = 0;
        int noiseTraps = 0;
        int noiseLeaks = 0;
        Map<String, int[]> perRegion = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<Row>> sentence : bySentence.entrySet()) {
            Analysis analysis = analyzer.analyze(sentence.getKey());
            List<String> predicted = new ArrayList<>();
            List<String> allSurfaces = new ArrayList<>();
            for (LinkedEntity entity : analysis.entities()) {
                for (Mention mention : entity.mentions()) {
                    allSurfaces.add(mention.surface());
                    if (!entity.id().startsWith("unlinked:")) {
                        predicted.add(entity.id() + "=" + mention.surface());
                    }
                }
            }
            predictedTotal += predicted.size();
            List<String> unmatched = new ArrayList<>(predicted);
            String region = sentence.getValue().get(0).region();
            int[] counts = perRegion.computeIfAbsent(region, r -> new int[3]);
            counts[1] += predicted.size();
            for (Row row : sentence.getValue()) {
                if (row.id().equals("-")) {
                    continue;
                }
                if (row.id().equals("!noise")) {
                    noiseTraps++;
                    if (allSurfaces.contains(row.surface())) {
                        noiseLeaks++;
                        errors.add("noise kept: " + row.surface() + " in " + row.sentence());
                    }
                    continue;
                }
                expectedTotal++;
                counts[0]++;
                if (unmatched.remove(row.id() + "=" + row.surface())) {
                    truePositives++;
                    counts[2]++;
                } else {
                    errors.add("missed: " + row.id() + "=" + row.surface() + " in " + row.sentence());
                }
            }
            for (String spurious : unmatched) {
                errors.add("spurious: " + spurious + " in " + sentence.getKey());
            }
        }
        double precision = truePositives / (double) predictedTotal;
        double recall = truePositives / (double) expectedTotal;
        System.out.printf(Locale.ROOT, "Entity linking evaluation (%s): %d sentences, %d expected mentions, %d predicted,"
                        + " %d correct; precision %.3f, recall %.3f; noise traps %d, kept %d%n",
                resource, bySentence.size(), expectedTotal, predictedTotal, truePositives, precision, recall, noiseTraps, noiseLeaks);
        perRegion.forEach((region, c) -> System.out.printf(Locale.ROOT, "  %s: expected %d, predicted %d, correct %d%n",
                region, c[0], c[1], c[2]));
        errors.forEach(e -> System.out.println("  " + e));
        assertTrue(expectedTotal >= 100, "evaluation set needs at least 100 mentions: " + expectedTotal);
        assertTrue(precision >= minPrecision, "precision " + precision + " below " + minPrecision);
        assertTrue(recall >= minRecall, "recall " + recall + " below " + minRecall);
        assertTrue(noiseLeaks == 0, "noise traps kept: " + noiseLeaks);
    }
}
