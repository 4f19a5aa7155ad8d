package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Duplicate detection. Exact duplicates (same cleaned content, any source) are always detected; near-duplicates by
 * {@code NearDuplicateRule}. The defaults are constants so that evaluations without configuration use the same rule.
 */
@ConfigMapping(prefix = "sinoscope.dedup")
public interface DedupConfig {

    String MIN_SIMILARITY = "0.8";
    String MIN_CONTAINMENT = "0.8";
    String SHORT_SHINGLES = "450";
    String SHORT_MIN_SIMILARITY = "0.5";
    String MIN_LETTERS = "50";
    String MAX_FRAMING_LETTERS = "45";
    String MIN_REPOST_SIMILARITY = "0.9";

    /** Whether articles whose text is nearly that of an earlier one are duplicates. */
    @WithName("near-duplicates.enabled")
    @WithDefault("true")
    boolean nearDuplicates();

    /**
     * Estimated Jaccard similarity of 3-character shingles from which an article is a near-duplicate, whatever its
     * length. The LSH bands find candidates at 0.5 with 98 %, at 0.6 with 99.9 %: below about 0.5 raise it.
     */
    @WithName("near-duplicates.min-similarity")
    @WithDefault(MIN_SIMILARITY)
    double minSimilarity();

    /** Estimated share of the smaller text's shingles found in the larger from which it is a near-duplicate. */
    @WithName("near-duplicates.min-containment")
    @WithDefault(MIN_CONTAINMENT)
    double minContainment();

    /** Below this many distinct shingles (in the smaller text) an article is short: see short-min-similarity. */
    @WithName("near-duplicates.short-shingles")
    @WithDefault(SHORT_SHINGLES)
    int shortShingles();

    /** Jaccard similarity from which a short article is a near-duplicate (an update with a sentence changed). */
    @WithName("near-duplicates.short-min-similarity")
    @WithDefault(SHORT_MIN_SIMILARITY)
    double shortMinSimilarity();

    /** Fewer letters than this and no signature is taken: short texts are too alike by chance. */
    @WithName("near-duplicates.min-letters")
    @WithDefault(MIN_LETTERS)
    int minLetters();

    /** Lines with at most this many letters that do not end a sentence frame the article and are not compared. */
    @WithName("near-duplicates.max-framing-letters")
    @WithDefault(MAX_FRAMING_LETTERS)
    int maxFramingLetters();

    /**
     * A near-duplicate from the same source whose body is less similar than this to its original is an UPDATE (a
     * newer version of it); more similar, or from another source, a REPOST. Only names the kind: whether it is a
     * duplicate at all is decided by the thresholds above.
     */
    @WithName("near-duplicates.min-repost-similarity")
    @WithDefault(MIN_REPOST_SIMILARITY)
    double minRepostSimilarity();
}
