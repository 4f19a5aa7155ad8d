package io.sinoscope.text.keyword;

import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.Token;
import io.sinoscope.text.keyword.KeywordEvalSet.Article;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reproduces the comparison behind {@link KeywordExtractor}'s design: every ranker scores the same
 * candidates ({@link KeywordExtractor#candidates}: content words, rejoined compounds, canonical
 * names), so the table compares rankings only. Prints a Markdown table for docs/quality.md; asserts
 * nothing (the gates are in {@link KeywordEvaluationTest}).
 *
 * <pre>./mvnw -o -q -pl text-analysis test -Dtest=KeywordComparisonTest</pre>
 */
class KeywordComparisonTest {

    private static final int WINDOW = 3;

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();
    private final KeywordExtractor extractor = KeywordExtractor.fromResources(analyzer.gazetteer());
    private final Map<String, List<Token>> tokens = new HashMap<>();

    @Test
    void printsTheComparisonTable() {
        Map<String, Function<List<Token>, List<String>>> rankers = new LinkedHashMap<>();
        rankers.put("frequency × length (shipped ranking)", t -> top(frequencyTimesLength(extractor.candidates(t))));
        rankers.put("TextRank, window " + WINDOW, t -> top(TextRank.rank(extractor.candidates(t), WINDOW)));
        rankers.put("PositionRank, window " + WINDOW, t -> {
            List<String> c = extractor.candidates(t);
            return top(TextRank.rank(c, WINDOW, TextRank.positionPrior(c)));
        });
        rankers.put("TF × specificity (TF-IDF)", t -> top(timesSpecificity(count(extractor.candidates(t)))));
        rankers.put("TextRank × specificity", t -> top(timesSpecificity(TextRank.rank(extractor.candidates(t), WINDOW))));
        rankers.put("chosen: frequency × length × specificity × lead", t -> extractor.extract(t, KeywordMetrics.WIDE_K));
        for (String set : List.of(KeywordEvalSet.DEVELOPMENT, KeywordEvalSet.HELD_OUT)) {
            List<Article> articles = KeywordEvalSet.load(set);
            System.out.println("\nKeyword comparison on " + set + " (" + articles.size() + " articles)");
            System.out.println(KeywordMetrics.Result.header());
            rankers.forEach((name, ranker) -> System.out.println(
                    KeywordMetrics.measure(articles, a -> ranker.apply(tokensOf(a))).row(name)));
        }
    }

    private List<Token> tokensOf(Article article) {
        return tokens.computeIfAbsent(article.id(), id -> analyzer.analyze(article.text()).tokens());
    }

    private static Map<String, Double> count(List<String> terms) {
        Map<String, Double> counts = new LinkedHashMap<>();
        terms.forEach(term -> counts.merge(term, 1.0, Double::sum));
        return counts;
    }

    private static Map<String, Double> frequencyTimesLength(List<String> terms) {
        Map<String, Double> scores = new LinkedHashMap<>();
        terms.forEach(term -> scores.merge(term,
                (double) Math.min(term.codePointCount(0, term.length()), KeywordExtractor.MAX_LENGTH_WEIGHT), Double::sum));
        return scores;
    }

    private static Map<String, Double> timesSpecificity(Map<String, Double> scores) {
        Map<String, Double> weighted = new LinkedHashMap<>();
        scores.forEach((term, score) -> weighted.put(term, score * Specificity.of(term)));
        return weighted;
    }

    /** Highest first; the stable sort keeps first-occurrence order among ties. */
    private static List<String> top(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(KeywordMetrics.WIDE_K)
                .map(Map.Entry::getKey)
                .toList();
    }
}
