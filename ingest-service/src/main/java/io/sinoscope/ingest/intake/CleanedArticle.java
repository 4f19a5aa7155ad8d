package io.sinoscope.ingest.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article after cleaning: what will be stored and published, what cleaning removed (for the status endpoint),
 * and what the text itself says about where and when it appeared (null when it says nothing).
 */
public record CleanedArticle(String title, String text, List<String> removed, OffsetDateTime publishedAt,
        String outlet, String byline) {
}
