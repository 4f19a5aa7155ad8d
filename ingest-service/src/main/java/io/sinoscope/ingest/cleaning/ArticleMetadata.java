package io.sinoscope.ingest.cleaning;

import java.time.OffsetDateTime;
import java.util.Optional;

/** What the text itself says about the article; each part is absent when the text does not say it clearly. */
public record ArticleMetadata(Optional<String> title, Optional<OffsetDateTime> publishedAt, Optional<String> outlet,
        Optional<String> byline) {
}
