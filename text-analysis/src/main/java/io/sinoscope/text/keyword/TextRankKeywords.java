package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank keywords (Mihalcea &amp; Tarau 2004) over segmented, normalised tokens.
 *
 * <p>Candidates are the {@link ContentWords}; two candidates are linked when they occur within
 * {@value #WINDOW} candidates of each other, and PageRank (damping {@value #DAMPING}) runs on that
 * undirected graph until no score moves more than {@value #EPSILON}. Because the tokens come from
 * normalised text, Taiwan and mainland articles on the same story rank the same words. Ties keep
 * first-occurrence order. Same signature as {@link KeywordExtractor#extract(List, int)}, so either can
 * be used.
 */
public final class TextRankKeywords {

    static final int WINDOW = 5;
    static final double DAMPING = 0.85;
    static final double EPSILON = 1e-6;
    private static final int MAX_ITERATIONS = 100;

    private final ContentWords contentWords;

    private TextRankKeywords(ContentWords contentWords) {
        this.contentWords = contentWords;
    }

    public static TextRankKeywords fromResources() {
        return new TextRankKeywords(ContentWords.fromResources());
    }

    public List<String> extract(List<Token> tokens, int limit) {
        List<String> candidates = tokens.stream().filter(contentWords::accepts).map(Token::term).toList();
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            graph.computeIfAbsent(candidates.get(i), k -> new HashSet<>());
            for (int j = i + 1; j < Math.min(candidates.size(), i + WINDOW); j++) {
                String a = candidates.get(i);
                String b = candidates.get(j);
                if (!a.equals(b)) {
                    graph.get(a).add(b);
                    graph.computeIfAbsent(b, k -> new HashSet<>()).add(a);
                }
            }
        }
        Map<String, Double> scores = rank(graph);
        List<String> order = new ArrayList<>(graph.keySet());
        return order.stream()
                .sorted(Comparator.comparingDouble((String term) -> -scores.get(term)).thenComparingInt(order::indexOf))
                .limit(limit)
                .toList();
    }

    private static Map<String, Double> rank(Map<String, Set<String>> graph) {
        Map<String, Double> scores = new HashMap<>();
        graph.keySet().forEach(term -> scores.put(term, 1.0));
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            Map<String, Double> next = new HashMap<>();
            double change = 0;
            for (Map.Entry<String, Set<String>> node : graph.entrySet()) {
                double incoming = 0;
                for (String neighbour : node.getValue()) {
                    incoming += scores.get(neighbour) / graph.get(neighbour).size();
                }
                double score = (1 - DAMPING) + DAMPING * incoming;
                next.put(node.getKey(), score);
                change = Math.max(change, Math.abs(score - scores.get(node.getKey())));
            }
            scores.putAll(next);
            if (change < EPSILON) {
                break;
            }
        }
        return scores;
    }
}
