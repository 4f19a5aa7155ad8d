package io.sinoscope.query.search;

import io.sinoscope.support.time.PublicationZone;
import java.util.List;

/**
 * One article a search found.
 *
 * @param publishedAt      the publication instant, UTC (ISO-8601, {@code Z})
 * @param publishedLocal   the same instant at the article's local offset ({@link PublicationZone}: +08:00 for CN, HK
 *                         and TW, Z otherwise)
 * @param title            the original title, as published
 * @param score            relevance (BM25), also given when sorted by date
 * @param snippet          the best passage, in the article's original script (mapped back from the normalised text the
 *                         index holds; the normalised text if it cannot be mapped), HTML-escaped, matches in
 *                         {@code <em>…</em>}
 * @param possibleEntities ids of the entities the article links only as possible links (an unlisted spelling joined
 *                         to a listed entity by phonetic key): the entity filter and a search by the listed name find
 *                         the article, the entity facet does not count it; empty when every link is sure
 */
public record SearchHit(String id, String externalId, String source, String title, String publishedAt,
                        String publishedLocal, String region, float score, String snippet,
                        List<String> possibleEntities) {

    public SearchHit {
        possibleEntities = possibleEntities == null ? List.of() : List.copyOf(possibleEntities);
    }

    /** A hit whose local time follows from its instant and region. */
    public SearchHit(String id, String externalId, String source, String title, String publishedAt, String region,
                     float score, String snippet, List<String> possibleEntities) {
        this(id, externalId, source, title, publishedAt, PublicationZone.iso(publishedAt, region), region, score,
                snippet, possibleEntities);
    }

    /** A hit every link of which is sure. */
    public SearchHit(String id, String externalId, String source, String title, String publishedAt, String region,
                     float score, String snippet) {
        this(id, externalId, source, title, publishedAt, region, score, snippet, List.of());
    }
}
