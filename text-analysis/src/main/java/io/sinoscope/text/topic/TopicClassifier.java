package io.sinoscope.text.topic;

import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-label topics from the weighted lexicon {@value #RESOURCE}, run on normalised text.
 *
 * <p>Evidence for a topic is the sum over its terms of weight × occurrences, each term counted at
 * most {@value #MAX_COUNT} times so one repeated word cannot carry a topic. A topic is assigned when
 * its evidence reaches {@value #THRESHOLD}: one defining term (weight 2) or two supporting ones
 * (weight 1) — a lone 进口 or 访问 is not enough. Scores are evidence / (evidence + {@value #HALF}),
 * so the threshold maps to 0.4 and strong evidence approaches 1. Longer terms are matched first and
 * their characters are not reused by shorter ones, so 液化天然气 does not also count as 天然气.
 */
public final class TopicClassifier {

    static final String RESOURCE = "topics-v1.tsv";
    public static final List<String> TAXONOMY = List.of("tariffs-trade", "rare-earths-minerals",
            "chips-export-controls", "energy-oil", "agriculture", "nuclear-iran", "military-security",
            "diplomacy-summits", "markets");
    static final double THRESHOLD = 2.0;
    static final int MAX_COUNT = 3;
    static final double HALF = 3.0;

    private record Term(String text, String topic, double weight) {
    }

    private final List<Term> terms;

    private TopicClassifier(List<Term> terms) {
        this.terms = terms.stream().sorted(Comparator.comparingInt((Term t) -> t.text().length()).reversed()).toList();
    }

    public static TopicClassifier fromResources() {
        List<Term> terms = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            if (!TAXONOMY.contains(row[1])) {
                throw new IllegalStateException(RESOURCE + ": unknown topic " + row[1] + " for " + row[0]);
            }
            terms.add(new Term(row[0], row[1], Double.parseDouble(row[2])));
        }
        return new TopicClassifier(terms);
    }

    /** Topics at or over the threshold, highest score first. */
    public List<Topic> classify(String normalizedText) {
        boolean[] used = new boolean[normalizedText.length()];
        Map<String, Double> evidence = new HashMap<>();
        Map<String, Map<String, Double>> found = new HashMap<>();
        for (Term term : terms) {
            int count = 0;
            for (int at = normalizedText.indexOf(term.text()); at >= 0; at = normalizedText.indexOf(term.text(), at + 1)) {
                if (!claim(used, at, term.text().length())) {
                    continue;
                }
                count++;
            }
            if (count > 0) {
                double weight = term.weight() * Math.min(count, MAX_COUNT);
                evidence.merge(term.topic(), weight, Double::sum);
                found.computeIfAbsent(term.topic(), k -> new LinkedHashMap<>()).merge(term.text(), weight, Double::sum);
            }
        }
        return evidence.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD)
                .map(e -> new Topic(e.getKey(), e.getValue() / (e.getValue() + HALF), strongestFirst(found.get(e.getKey()))))
                .sorted(Comparator.comparingDouble(Topic::score).reversed().thenComparing(Topic::id))
                .toList();
    }

    /** Marks {@code [at, at+length)} used unless a longer term already took any of it. */
    private static boolean claim(boolean[] used, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (used[i]) {
                return false;
            }
        }
        for (int i = at; i < at + length; i++) {
            used[i] = true;
        }
        return true;
    }

    private static List<String> strongestFirst(Map<String, Double> terms) {
        return terms.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }
}
