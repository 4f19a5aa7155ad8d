package io.sinoscope.query.search;

import java.util.Collection;
import java.util.Map;

/**
 * How common words are in the indexed corpus: for each word, how many indexed articles hold it in their word field
 * ({@link ArticleWords}, the same segmentation and folding), and how many articles there are. The background a story's
 * vocabulary is compared with (the prior of the distinctive-terms comparison). Blocking.
 */
public interface WordStatistics {

    /**
     * @param documents   articles in the index
     * @param frequencies for each word asked about, the articles holding it (0 when none)
     */
    record WordCounts(long documents, Map<String, Long> frequencies) {
    }

    /** The document frequencies of these folded words. */
    WordCounts documentFrequencies(Collection<String> words);
}
