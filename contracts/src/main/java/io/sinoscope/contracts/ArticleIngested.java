package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An article ingest-service has stored and cleaned. Value of {@link Topics#ARTICLES_INGESTED}, keyed by {@link #id}.
 *
 * @param contentHash SHA-256 of the cleaned title and text: together with {@link #id} it identifies one version of
 *                    the article, which is what consumers deduplicate on.
 * @param cleaning    what cleaning removed and how the bytes were decoded; null from producers that predate it
 * @param version     ingest-service's version number of the article (1, 2, … per accepted change of content): the
 *                    order of its versions, whatever clocks say. A retraction (tombstone) carries it in the
 *                    {@link #VERSION_HEADER} header. Null from producers that predate it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleIngested(
        int schemaVersion,
        String id,
        String externalId,
        String source,
        String url,
        String title,
        String text,
        Instant publishedAt,
        String language,
        String contentHash,
        Instant ingestedAt,
        CleaningReport cleaning,
        Long version) {

    public static final int SCHEMA_VERSION = 1;
    /**
     * Kafka header with the article's version on a record whose value cannot carry it: a retraction's tombstone on
     * articles.ingested and on articles.enriched (decimal, UTF-8).
     */
    public static final String VERSION_HEADER = "sinoscope-version";

    /** Without a version, as producers that predate it wrote the event. */
    public ArticleIngested(int schemaVersion, String id, String externalId, String source, String url, String title,
            String text, Instant publishedAt, String language, String contentHash, Instant ingestedAt,
            CleaningReport cleaning) {
        this(schemaVersion, id, externalId, source, url, title, text, publishedAt, language, contentHash, ingestedAt,
                cleaning, null);
    }
}
