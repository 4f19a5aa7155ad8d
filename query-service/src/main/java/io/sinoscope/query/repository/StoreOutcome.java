package io.sinoscope.query.repository;

/** What storing an article version did. */
public enum StoreOutcome {
    /** New article, or a newer version that replaced the stored one with all its children. */
    STORED,
    /**
     * The same version (id, content hash, analyzer version) was already stored: nothing changed. Not when the event
     * brings a cleaning report the stored version lacks: that stores it.
     */
    UNCHANGED,
    /**
     * An older version than the stored one (a lower ingest version; with equal versions, or without a version on
     * either side, an earlier enrichedAt): ignored.
     */
    STALE,
    /** A version at or below the one the article was retracted at: ignored, the article stays retracted. */
    RETRACTED
}
