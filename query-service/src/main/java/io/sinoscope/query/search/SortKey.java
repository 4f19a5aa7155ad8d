package io.sinoscope.query.search;

/**
 * Where one hit stands in a search's total order, the values a next page starts after ({@code search_after}). Under
 * relevance: score (highest first), then publication time (newest first, undated last), then article id (ascending);
 * under date sort the score plays no part. Every article has its own id, so no two hits share a key and a page that
 * starts after one neither repeats nor skips a hit while the index is unchanged.
 *
 * @param score       the hit's score under relevance sort; ignored under date sort
 * @param publishedAt epoch milliseconds, {@link #UNDATED} for an article without a date
 * @param id          the article id; null only for a document indexed before ids were sortable
 *                    ({@link IndexRebuild#INDEX_FORMAT} 5)
 */
public record SortKey(float score, long publishedAt, String id) {

    /** The publication time an undated article sorts with: after every dated one, newest first. */
    public static final long UNDATED = Long.MIN_VALUE;
}
