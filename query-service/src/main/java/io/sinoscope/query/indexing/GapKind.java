package io.sinoscope.query.indexing;

import io.sinoscope.query.indexing.IngestArticlesClient.PublishedArticle;
import java.util.Map;
import java.util.Optional;

/** How an article ingest-service published differs from what this service holds. */
public enum GapKind {
    /** Published, and not stored here. */
    MISSING,
    /** Published, and an older version is stored here. */
    STALE,
    /** Retracted at ingest, and still stored (and searchable) here. */
    NOT_RETRACTED;

    /**
     * The gap between ingest's last publication of an article and this service's store, if any.
     *
     * @param stored the stored version of each stored article by id (null for one stored from an event without a
     *               version, which cannot be compared and counts as held)
     */
    public static Optional<GapKind> of(PublishedArticle published, Map<String, Long> stored) {
        boolean held = stored.containsKey(published.id());
        Long version = stored.get(published.id());
        if (published.retracted()) {
            // query deletes the article when it stores the retraction; a version newer than the retraction (submitted
            // again since) would mean ingest's list is older than the store, not a gap.
            return held && (version == null || version <= published.version())
                    ? Optional.of(NOT_RETRACTED) : Optional.empty();
        }
        if (!held) {
            return Optional.of(MISSING);
        }
        return version != null && version < published.version() ? Optional.of(STALE) : Optional.empty();
    }
}
