package io.sinoscope.ingest.dedup;

import io.sinoscope.ingest.config.DedupConfig;
import java.util.Optional;

/**
 * When one article is a repost or an update of another, from their MinHash signatures over the article bodies.
 *
 * <p>Jaccard similarity of the whole shingle sets is too strict alone: a repost that adds an editor's note or a
 * paragraph, and an update of a short article in which a sentence changed, lose as much similarity as the added or
 * changed part weighs. So a pair is a duplicate when any of these holds:
 * <ul>
 * <li>Jaccard similarity at least {@code minSimilarity};</li>
 * <li>containment (the share of the smaller text's shingles found in the larger) at least {@code minContainment}:
 * one text holds the other, plus or minus some lines;</li>
 * <li>the smaller text has fewer than {@code shortShingles} shingles and the Jaccard similarity is at least
 * {@code shortMinSimilarity}: in a short article a changed sentence is a large share.</li>
 * </ul>
 * Different outlets' reports of one event share names, numbers and quoted phrases but are written anew: their
 * similarity stays far below every threshold (a few percent), which is what the thresholds are checked against.
 */
public final class NearDuplicateRule {

    private final int minLetters;
    private final int maxFramingLetters;
    private final double minSimilarity;
    private final double minContainment;
    private final int shortShingles;
    private final double shortMinSimilarity;

    public NearDuplicateRule(int minLetters, int maxFramingLetters, double minSimilarity, double minContainment,
            int shortShingles, double shortMinSimilarity) {
        this.minLetters = minLetters;
        this.maxFramingLetters = maxFramingLetters;
        this.minSimilarity = minSimilarity;
        this.minContainment = minContainment;
        this.shortShingles = shortShingles;
        this.shortMinSimilarity = shortMinSimilarity;
    }

    public static NearDuplicateRule of(DedupConfig config) {
        return new NearDuplicateRule(config.minLetters(), config.maxFramingLetters(), config.minSimilarity(),
                config.minContainment(), config.shortShingles(), config.shortMinSimilarity());
    }

    /** The rule with {@link DedupConfig}'s defaults, for code that runs without configuration (evaluations). */
    public static NearDuplicateRule defaults() {
        return new NearDuplicateRule(Integer.parseInt(DedupConfig.MIN_LETTERS),
                Integer.parseInt(DedupConfig.MAX_FRAMING_LETTERS), Double.parseDouble(DedupConfig.MIN_SIMILARITY),
                Double.parseDouble(DedupConfig.MIN_CONTAINMENT), Integer.parseInt(DedupConfig.SHORT_SHINGLES),
                Double.parseDouble(DedupConfig.SHORT_MIN_SIMILARITY));
    }

    /** The signature of the article's body (see {@link ArticleBody}); empty when the text is too short for one. */
    public Optional<int[]> signature(String cleanedText) {
        return MinHash.signature(ArticleBody.of(cleanedText, maxFramingLetters, minLetters), minLetters);
    }

    /** Whether one of the two articles is a repost or an update of the other. */
    public boolean duplicates(int[] a, int[] b) {
        double jaccard = MinHash.similarity(a, b);
        if (jaccard >= minSimilarity) {
            return true;
        }
        double containment = MinHash.containment(a, b);
        if (!Double.isNaN(containment) && containment >= minContainment) {
            return true;
        }
        int smaller = Math.min(MinHash.shingleCount(a), MinHash.shingleCount(b));
        return smaller > 0 && smaller < shortShingles && jaccard >= shortMinSimilarity;
    }

    /** Whether the LSH index finds the pair: they share a bucket in the same band. */
    public static boolean candidates(int[] a, int[] b) {
        long[] bucketsA = MinHash.bandBuckets(a);
        long[] bucketsB = MinHash.bandBuckets(b);
        for (int band = 0; band < bucketsA.length; band++) {
            if (bucketsA[band] == bucketsB[band]) {
                return true;
            }
        }
        return false;
    }
}
