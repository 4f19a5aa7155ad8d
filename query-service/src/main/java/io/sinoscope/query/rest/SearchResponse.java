package io.sinoscope.query.rest;

import java.util.List;

/** Body of {@code GET /api/v1/search}. {@code total} counts every matching article, not just this page. */
public record SearchResponse(long total, List<SearchHit> hits, Facets facets) {

    /**
     * One article.
     *
     * @param title   the original title, as published
     * @param score   relevance (BM25), also given when sorted by date
     * @param snippet the best passage, in the article's original script (mapped back from the normalised text the
     *                index holds; the normalised text if it cannot be mapped), HTML-escaped, matches in
     *                {@code <em>…</em>}
     */
    public record SearchHit(String id, String externalId, String source, String title, String publishedAt,
                            String region, float score, String snippet) {
    }

    /** Counts over all matching articles, most frequent first. */
    public record Facets(List<EntityCount> entities, List<ValueCount> sources, List<ValueCount> regions,
                         List<ValueCount> topics) {
    }

    public record EntityCount(String id, String name, String type, long count) {
    }

    public record ValueCount(String value, long count) {
    }
}
