package io.sinoscope.query.search;

import java.time.Instant;

/**
 * A validated search.
 *
 * @param query what {@code q} says: text clauses, OR, groups, exclusions and field filters
 * @param from inclusive lower bound of publishedAt, or null
 * @param to   inclusive upper bound of publishedAt, or null
 * @param topic exact topic, or null
 * @param page 0-based page number; 0 when {@code after} is given
 * @param after the sort key of the hit the page starts after (cursor paging), or null for {@code page}
 * @param scoredAt the instant freshness is measured from under relevance sort, or null for now: every page of one
 *                 cursor walk scores with the first page's instant, so a hit's score, and its place, do not drift
 */
public record SearchRequest(QueryNode query, Instant from, Instant to, String source, String region,
                            String entity, String topic, SortOrder sort, int page, int size, SortKey after,
                            Instant scoredAt) {

    /** A request for page {@code page}, scored now. */
    public SearchRequest(QueryNode query, Instant from, Instant to, String source, String region, String entity,
                         String topic, SortOrder sort, int page, int size) {
        this(query, from, to, source, region, entity, topic, sort, page, size, null, null);
    }

    /** This request with another query tree (its entity clauses resolved), all else kept. */
    public SearchRequest withQuery(QueryNode other) {
        return new SearchRequest(other, from, to, source, region, entity, topic, sort, page, size, after, scoredAt);
    }

    /** The page of {@code pageSize} hits after {@code key}, scored as of {@code instant}. */
    public SearchRequest after(SortKey key, int pageSize, Instant instant) {
        return new SearchRequest(query, from, to, source, region, entity, topic, sort, 0, pageSize, key, instant);
    }

    /** This request scored as of {@code instant}. */
    public SearchRequest at(Instant instant) {
        return new SearchRequest(query, from, to, source, region, entity, topic, sort, page, size, after, instant);
    }

    /** The instant freshness is measured from: {@link #scoredAt()}, or now. */
    public long scoredAtMillis() {
        return scoredAt == null ? System.currentTimeMillis() : scoredAt.toEpochMilli();
    }

    public enum SortOrder {
        RELEVANCE, DATE
    }
}
