package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Duplicate detection. Exact duplicates (same cleaned content, any source) are always detected. */
@ConfigMapping(prefix = "sinoscope.dedup")
public interface DedupConfig {

    /** Whether articles whose text is nearly that of an earlier one are duplicates. */
    @WithName("near-duplicates.enabled")
    @WithDefault("true")
    boolean nearDuplicates();

    /**
     * Estimated Jaccard similarity of 3-character shingles from which an article is a near-duplicate. The LSH bands
     * find candidates at 0.8 with 99.98 % probability, at 0.6 with 88 %: below about 0.6 raise it, not lower it.
     */
    @WithName("near-duplicates.min-similarity")
    @WithDefault("0.8")
    double minSimilarity();

    /** Fewer letters than this and no signature is taken: short texts are too alike by chance. */
    @WithName("near-duplicates.min-letters")
    @WithDefault("50")
    int minLetters();
}
