package io.sinoscope.query.search;

import java.time.Instant;

/**
 * A validated search.
 *
 * @param query what {@code q} says: text clauses, OR, groups, exclusions and field filters
 * @param from inclusive lower bound of publishedAt, or null
 * @param to   inclusive upper bound of publishedAt, or null
 * @param topic exact topic, or null
 * @param page 0-based page number
 */
public record SearchRequest(QueryNode query, Instant from, Instant to, String source, String region,
                            String entity, String topic, SortOrder sort, int page, int size) {

    public enum SortOrder {
        RELEVANCE, DATE
    }
}
