package io.sinoscope.text.keyword;

import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.keyword.KeywordEvalSet.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality gates for the keywords {@link TextAnalyzer#analyze} returns, on the annotated sets
 * {@value KeywordEvalSet#DEVELOPMENT} and {@value KeywordEvalSet#HELD_OUT} (metrics in
 * {@link KeywordMetrics}). Thresholds sit a little below the measurements in docs/quality.md,
 * "Keywords"; on the held-out set one keyword more or less moves P@5 by about 0.0125.
 */
class KeywordEvaluationTest {

    static final double MIN_PRECISION_AT_5 = 0.43;
    static final double MIN_RECALL_AT_10 = 0.55;
    static final double MIN_CROSS_VARIANT = 0.58;
    static final double MIN_HELDOUT_PRECISION_AT_5 = 0.32;
    static final double MIN_HELDOUT_RECALL_AT_10 = 0.43;
    static final double MIN_HELDOUT_CROSS_VARIANT = 0.75;

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();

    @Test
    void developmentSet() {
        evaluate(KeywordEvalSet.DEVELOPMENT, MIN_PRECISION_AT_5, MIN_RECALL_AT_10, MIN_CROSS_VARIANT);
    }

    @Test
    void heldOutSet() {
        evaluate(KeywordEvalSet.HELD_OUT, MIN_HELDOUT_PRECISION_AT_5, MIN_HELDOUT_RECALL_AT_10, MIN_HELDOUT_CROSS_VARIANT);
    }

    private void evaluate(String set, double minPrecision, double minRecall, double minCrossVariant) {
        List<Article> articles = KeywordEvalSet.load(set);
        KeywordMetrics.Result result = KeywordMetrics.measure(articles, a -> analyzer.analyze(a.text()).keywords());
        System.out.println("Keyword evaluation (" + set + ", " + articles.size() + " articles)\n"
                + KeywordMetrics.Result.header() + "\n" + result.row("TextAnalyzer keywords"));
        assertTrue(articles.size() >= 15, "evaluation set too small: " + articles.size());
        assertTrue(result.strictPrecision() >= minPrecision, "P@5 " + result.strictPrecision() + " below " + minPrecision);
        assertTrue(result.strictRecallWide() >= minRecall, "R@10 " + result.strictRecallWide() + " below " + minRecall);
        assertTrue(result.crossVariantJaccard() >= minCrossVariant,
                "cross-variant Jaccard " + result.crossVariantJaccard() + " below " + minCrossVariant);
    }
}
