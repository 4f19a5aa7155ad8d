package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * An article ingest-service has stored and cleaned. Value of {@link Topics#ARTICLES_INGESTED}, keyed by {@link #id}.
 *
 * @param contentHash SHA-256 of the cleaned title and text: together with {@link #id} it identifies one version of
 *                    the article, which is what consumers deduplicate on.
 * @param cleaning    what cleaning removed and how the bytes were decoded; null from producers that predate it
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
        CleaningReport cleaning) {

    public static final int SCHEMA_VERSION = 1;
}
