package io.sinoscope.query.search;

import java.util.List;
import java.util.Map;

/**
 * What a search backend found: every match counted, the requested page of hits with snippets, and per facet field
 * ({@link IndexFields#ENTITY_FACET}, {@link IndexFields#SOURCE}, {@link IndexFields#REGION},
 * {@link IndexFields#TOPIC}) its most frequent values over all matches, most frequent first, ties by value. The
 * entity facet counts sure links only (a possible link matches the entity filter but is not counted). Entity facets
 * are ids here; the {@link SearchService} names them. {@code next} is the sort key of the page's last hit when more hits follow it (a
 * next page starts after it), null on the last page.
 */
public record SearchPage(long total, List<SearchHit> hits, Map<String, List<ValueCount>> facets, SortKey next) {

    /** The facet fields, in the order the response lists them. */
    public static final List<String> FACET_FIELDS = List.of(IndexFields.ENTITY_FACET, IndexFields.SOURCE,
            IndexFields.REGION, IndexFields.TOPIC);
}
