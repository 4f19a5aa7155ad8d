package io.sinoscope.query.search;

import java.time.Instant;
import java.util.List;

/**
 * A validated search.
 *
 * @param from inclusive lower bound of publishedAt, or null
 * @param to   inclusive upper bound of publishedAt, or null
 * @param topic exact topic, or null
 * @param page 0-based page number
 */
public record SearchRequest(List<QueryClause> clauses, Instant from, Instant to, String source, String region,
                            String entity, String topic, SortOrder sort, int page, int size) {

    public enum SortOrder {
        RELEVANCE, DATE
    }
}
