package io.sinoscope.query.search;

/**
 * One article a search found.
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
