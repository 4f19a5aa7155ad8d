package io.sinoscope.ingest.repository;

/** Where an accepted article is on its way to the rest of the suite. */
public enum ArticleStatus {
    /** Stored, not yet on {@code articles.ingested}: the outbox relay will publish it. */
    RECEIVED,
    /** Acknowledged by the Kafka broker on {@code articles.ingested}. */
    PUBLISHED,
    /** The same content as an article already accepted; see {@code duplicateOf}. */
    DUPLICATE,
    /** Retracted by DELETE; the relay has yet to publish the tombstone. */
    RETRACTING,
    /** Retracted, and the tombstone is on {@code articles.ingested}. */
    RETRACTED,
    /** Refused after storing, e.g. nothing usable remained after cleaning. */
    REJECTED
}
