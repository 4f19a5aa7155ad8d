package io.sinoscope.text.script;

import io.sinoscope.text.Region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a region development set (kind, expected region, text per line) with the real detector: right per kind and
 * per kind and expected region, the confusion (expected → found), every miss with the cues found. Prints it all under
 * a label so that a run's output can be read beside the figures in docs/quality.md.
 */
final class RegionDevSetScore {

    record Example(String kind, Region expected, String text) {
    }

    /** Right and total per kind, per "kind region", and overall. */
    final Map<String, int[]> perKind = new TreeMap<>();
    final Map<String, int[]> perKindRegion = new TreeMap<>();
    final Map<Region, Map<Region, Integer>> confusion = new EnumMap<>(Region.class);
    final List<String> misses = new ArrayList<>();

    private RegionDevSetScore() {
    }

    static RegionDevSetScore score(String devSet, RegionDetector regions) throws IOException {
        ScriptDetector scripts = new ScriptDetector();
        RegionDevSetScore score = new RegionDevSetScore();
        for (Example example : examples(devSet)) {
            ScriptEvidence evidence = scripts.detect(example.text());
            RegionGuess guess = regions.detect(example.text(), evidence);
            boolean right = guess.region() == example.expected();
            tally(score.perKind, example.kind(), right);
            tally(score.perKindRegion, example.kind() + " " + example.expected().code(), right);
            score.confusion.computeIfAbsent(example.expected(), r -> new EnumMap<>(Region.class))
                    .merge(guess.region(), 1, Integer::sum);
            if (!right) {
                score.misses.add(example.kind() + " " + example.expected().code() + " read as "
                        + guess.region().code() + String.format(Locale.ROOT, " (%.2f): ", guess.confidence())
                        + example.text() + " " + regions.evidence(example.text(), evidence));
            }
        }
        return score;
    }

    int right() {
        return perKind.values().stream().mapToInt(c -> c[0]).sum();
    }

    int total() {
        return perKind.values().stream().mapToInt(c -> c[1]).sum();
    }

    /**
     * Mainland, Taiwan and Hong Kong texts read as another of the three. Falling back to OTHER is a miss, not this
     * error; Singapore and Malaysia text read as mainland is a miss counted in its row.
     */
    int wrongNamedRegion() {
        int wrong = 0;
        for (Map.Entry<Region, Map<Region, Integer>> row : confusion.entrySet()) {
            if (row.getKey() == Region.OTHER) {
                continue;
            }
            for (Map.Entry<Region, Integer> cell : row.getValue().entrySet()) {
                if (cell.getKey() != row.getKey() && cell.getKey() != Region.OTHER) {
                    wrong += cell.getValue();
                }
            }
        }
        return wrong;
    }

    void print(String label) {
        perKind.forEach((kind, c) -> System.out.println(line(label + " " + kind, c)));
        perKindRegion.forEach((key, c) -> System.out.println(line(label + " " + key, c)));
        confusion.forEach((expected, found) -> System.out.println(label + " confusion " + expected.code() + " -> "
                + found));
        misses.forEach(miss -> System.out.println(label + " miss " + miss));
        System.out.println(line(label + " all", new int[] {right(), total()}));
    }

    private static void tally(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static String line(String label, int[] c) {
        return String.format(Locale.ROOT, "%s right %d/%d (%.2f%%)", label, c[0], c[1], 100.0 * c[0] / c[1]);
    }

    static List<Example> examples(String devSet) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(devSet), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                examples.add(new Example(columns[0], Region.fromCode(columns[1]), columns[2]));
            }
        }
        return examples;
    }
}
