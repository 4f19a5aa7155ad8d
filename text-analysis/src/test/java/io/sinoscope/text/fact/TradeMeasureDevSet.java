package io.sinoscope.text.fact;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scores a trade-measure development set (one sentence a line: id, region, kind, then one column per attribute, then
 * the sentence) through the whole pipeline. Per kind: recall (measure sentences where a stated fact of that kind is
 * found) and precision (of the sentences, decoys included, where one is found, those that state one); for found
 * measures, each attribute; per class (the id's letter) and per region, how many were found. Prints lines starting
 * with the set's label: the figures and every miss.
 */
final class TradeMeasureDevSet {

    static final List<String> KINDS = List.of("tariff_change", "export_control", "sanction");

    record Case(String id, String region, String kind, Map<String, String> expected, String sentence) {
    }

    /** The figures of one run. */
    record Score(int measures, int found, int correct, int decoys, int decoysHeld, Map<String, int[]> perKind,
                 Map<String, Integer> perAttribute, Map<String, int[]> perClass, Map<String, int[]> perRegion,
                 List<String> misses) {
    }

    private TradeMeasureDevSet() {
    }

    static List<Case> read(String resource, List<String> attributes) throws Exception {
        List<Case> cases = new ArrayList<>();
        try (var in = TradeMeasureDevSet.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(4 + attributes.size(), f.length, line);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < attributes.size(); i++) {
                    expected.put(attributes.get(i), f[3 + i]);
                }
                cases.add(new Case(f[0], f[1], f[2], expected, f[f.length - 1]));
            }
        }
        return cases;
    }

    static Score score(List<Case> cases, List<String> attributes, Instant published) {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Map<String, int[]> perKind = new LinkedHashMap<>(); // gold, predicted, true positives
        KINDS.forEach(k -> perKind.put(k, new int[3]));
        Map<String, int[]> perClass = new TreeMap<>(); // measures, found
        Map<String, int[]> perRegion = new TreeMap<>(); // measures, found
        Map<String, Integer> perAttribute = new LinkedHashMap<>();
        attributes.forEach(a -> perAttribute.put(a, 0));
        int found = 0;
        int correct = 0;
        int decoys = 0;
        int decoysHeld = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Analysis analysis = analyzer.analyze(c.sentence(), published);
            List<Fact> stated = analysis.facts().stream()
                    .filter(f -> KINDS.contains(f.kind().code()) && !f.attributes().containsKey("setting")).toList();
            for (String kind : KINDS) {
                boolean predicted = stated.stream().anyMatch(f -> f.kind().code().equals(kind));
                int[] counts = perKind.get(kind);
                counts[0] += c.kind().equals(kind) ? 1 : 0;
                counts[1] += predicted ? 1 : 0;
                counts[2] += predicted && c.kind().equals(kind) ? 1 : 0;
            }
            if (c.kind().equals("none")) {
                decoys++;
                if (stated.isEmpty()) {
                    decoysHeld++;
                } else {
                    misses.add(c.id() + " decoy yielded " + stated.get(0).kind().code() + " " + stated.get(0).attributes());
                }
                continue;
            }
            int[] cls = perClass.computeIfAbsent(c.id().substring(0, 1), k -> new int[2]);
            int[] region = perRegion.computeIfAbsent(c.region(), k -> new int[2]);
            cls[0]++;
            region[0]++;
            Fact fact = stated.stream().filter(f -> f.kind().code().equals(c.kind())).findFirst().orElse(null);
            if (fact == null) {
                misses.add(c.id() + " no " + c.kind() + " found"
                        + (stated.isEmpty() ? "" : "; got " + stated.get(0).kind().code() + " " + stated.get(0).attributes()));
                continue;
            }
            found++;
            cls[1]++;
            region[1]++;
            boolean allRight = true;
            for (String attribute : attributes) {
                String got = text(fact.attributes().get(attribute));
                if (got.equals(c.expected().get(attribute))) {
                    perAttribute.merge(attribute, 1, Integer::sum);
                } else {
                    allRight = false;
                    misses.add(c.id() + " " + attribute + " expected=" + c.expected().get(attribute) + " got=" + got);
                }
            }
            correct += allRight ? 1 : 0;
        }
        return new Score(cases.size() - decoys, found, correct, decoys, decoysHeld, perKind, perAttribute, perClass,
                perRegion, misses);
    }

    static void print(String label, Score s) {
        print(label, s, true);
    }

    /** As {@link #print(String, Score)}; without the misses for a held-back set, whose sentences stay unread. */
    static void print(String label, Score s, boolean misses) {
        for (Map.Entry<String, int[]> k : s.perKind().entrySet()) {
            int[] n = k.getValue();
            System.out.printf("%s %s recall=%d/%d (%.2f) precision=%d/%d (%.2f)%n", label, k.getKey(), n[2], n[0],
                    ratio(n[2], n[0]), n[2], n[1], ratio(n[2], n[1]));
        }
        System.out.printf("%s found=%d of %d, every attribute right=%d of %d, decoys held=%d of %d%n", label,
                s.found(), s.measures(), s.correct(), s.measures(), s.decoysHeld(), s.decoys());
        for (Map.Entry<String, Integer> a : s.perAttribute().entrySet()) {
            System.out.printf("%s %s right=%d of %d found%n", label, a.getKey(), a.getValue(), s.found());
        }
        for (Map.Entry<String, int[]> cls : s.perClass().entrySet()) {
            System.out.printf("%s class %s found=%d of %d%n", label, cls.getKey(), cls.getValue()[1], cls.getValue()[0]);
        }
        for (Map.Entry<String, int[]> region : s.perRegion().entrySet()) {
            System.out.printf("%s region %s found=%d of %d%n", label, region.getKey(), region.getValue()[1],
                    region.getValue()[0]);
        }
        if (misses) {
            s.misses().forEach(m -> System.out.println(label + " miss " + m));
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** An attribute as the sets write it: "-" when absent, a list joined with |. */
    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "-" : String.join("|", list.stream().map(Object::toString).toList());
        }
        return value.toString();
    }
}
