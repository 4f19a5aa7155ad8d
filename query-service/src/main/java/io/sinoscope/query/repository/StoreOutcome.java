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
    /** An older version than the stored one (earlier enrichedAt): ignored. */
    STALE
}
