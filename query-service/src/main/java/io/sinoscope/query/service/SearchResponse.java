package io.sinoscope.query.service;

import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.ValueCount;
import java.util.List;

/**
 * Body of {@code GET /api/v1/search}. {@code total} counts every matching article, not just this page.
 * {@code nextCursor} continues after this page's last hit ({@code cursor=}), null on the last page.
 */
public record SearchResponse(long total, List<SearchHit> hits, Facets facets, String nextCursor) {

    /** Counts over all matching articles, most frequent first. */
    public record Facets(List<EntityCount> entities, List<ValueCount> sources, List<ValueCount> regions,
                         List<ValueCount> topics) {
    }

    public record EntityCount(String id, String name, String type, long count) {
    }
}
