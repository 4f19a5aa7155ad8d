package io.sinoscope.query.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search behaviour ({@code sinoscope.search.*}). */
@ConfigMapping(prefix = "sinoscope.search")
public interface SearchConfig {

    /**
     * Where articles are indexed and searched: {@code lucene}, the embedded index on local disk (one full index per
     * replica), or {@code opensearch}, a cluster configured under {@code sinoscope.opensearch.*} (replicas stateless).
     */
    @WithDefault("lucene")
    Backend backend();

    enum Backend {
        LUCENE, OPENSEARCH
    }

    /** Values returned per facet (entities, sources, regions), most frequent first. */
    @WithDefault("10")
    int facetLimit();

    /**
     * Weight of the freshness boost added to BM25 under relevance sort: an article published now gains this much,
     * one published {@link #freshnessPivot()} ago half of it, older ones less and less. 0 turns it off.
     */
    @WithDefault("0.5")
    float freshnessWeight();

    /** Age at which the freshness boost is half its weight. */
    @WithDefault("30d")
    java.time.Duration freshnessPivot();

    /**
     * Longest {@code q} of a search, in characters (code points); a longer one is a 400. Every character of a term
     * becomes part of a bigram phrase searched in two fields and up to three regional forms, so this bounds the
     * query's cost.
     */
    @WithDefault("200")
    int maxQueryChars();

    /** Most terms and quoted phrases in one {@code q} (all must match, so a few distinctive ones suffice); more is a 400. */
    @WithDefault("20")
    int maxQueryTerms();

    /** Export of search results ({@code GET /api/v1/search/export}). */
    Export export();

    interface Export {

        /**
         * Most hits one export writes (its {@code limit} parameter may ask for fewer); a search matching more is cut
         * there, which the answer's headers say. The export is streamed a page at a time, so this bounds the time
         * and index work of one request, not its memory.
         */
        @WithDefault("10000")
        int maxHits();

        /**
         * Hits searched per page of the walk. Each page is one search, which also counts the facets over every
         * match: larger pages mean fewer of them, smaller ones less held at a time.
         */
        @WithDefault("100")
        int pageSize();
    }
}
