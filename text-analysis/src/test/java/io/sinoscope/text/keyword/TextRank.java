package io.sinoscope.text.keyword;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank (Mihalcea &amp; Tarau 2004) for the keyword comparison, and PositionRank (Florescu &amp;
 * Caragea 2017) when given a position prior: PageRank over the undirected graph linking terms that
 * occur within {@code window} candidates of each other, damping {@value #DAMPING}, iterated until
 * no score moves more than {@value #EPSILON}. Lives in the tests: it lost the comparison (see
 * docs/quality.md, "Keywords") and is kept only to reproduce it.
 */
final class TextRank {

    static final double DAMPING = 0.85;
    static final double EPSILON = 1e-6;
    private static final int MAX_ITERATIONS = 200;

    private TextRank() {
    }

    /** Uniform teleport: plain TextRank. Iteration order, and so ties, follow first occurrence. */
    static Map<String, Double> rank(List<String> terms, int window) {
        Map<String, Double> uniform = new LinkedHashMap<>();
        terms.forEach(term -> uniform.put(term, 1.0));
        return rank(terms, window, uniform);
    }

    /** PositionRank's prior: the sum of 1 / (position + 1) over a term's occurrences. */
    static Map<String, Double> positionPrior(List<String> terms) {
        Map<String, Double> prior = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            prior.merge(terms.get(i), 1.0 / (i + 1), Double::sum);
        }
        return prior;
    }

    static Map<String, Double> rank(List<String> terms, int window, Map<String, Double> prior) {
        Map<String, Map<String, Double>> edges = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            edges.computeIfAbsent(terms.get(i), t -> new HashMap<>());
            for (int j = i + 1; j < Math.min(terms.size(), i + window); j++) {
                String a = terms.get(i);
                String b = terms.get(j);
                if (!a.equals(b)) {
                    edges.get(a).put(b, 1.0);
                    edges.computeIfAbsent(b, t -> new HashMap<>()).put(a, 1.0);
                }
            }
        }
        double priorTotal = edges.keySet().stream().mapToDouble(prior::get).sum();
        Map<String, Double> score = new LinkedHashMap<>();
        edges.keySet().forEach(term -> score.put(term, 1.0 / edges.size()));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double largestMove = 0;
            Map<String, Double> next = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Double>> node : edges.entrySet()) {
                double incoming = 0;
                for (String neighbour : node.getValue().keySet()) {
                    incoming += score.get(neighbour) / edges.get(neighbour).size();
                }
                double value = (1 - DAMPING) * prior.get(node.getKey()) / priorTotal + DAMPING * incoming;
                largestMove = Math.max(largestMove, Math.abs(value - score.get(node.getKey())));
                next.put(node.getKey(), value);
            }
            score.clear();
            score.putAll(next);
            if (largestMove < EPSILON) {
                break;
            }
        }
        return score;
    }
}
