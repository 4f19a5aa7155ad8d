package io.sinoscope.query.service;

import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.ValueCount;
import java.util.List;

/** Body of {@code GET /api/v1/search}. {@code total} counts every matching article, not just this page. */
public record SearchResponse(long total, List<SearchHit> hits, Facets facets) {

    /** Counts over all matching articles, most frequent first. */
    public record Facets(List<EntityCount> entities, List<ValueCount> sources, List<ValueCount> regions,
                         List<ValueCount> topics) {
    }

    public record EntityCount(String id, String name, String type, long count) {
    }
}
