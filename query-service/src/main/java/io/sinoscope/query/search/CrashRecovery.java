package io.sinoscope.query.search;

import java.time.Instant;

/**
 * The capability of a backend whose acknowledged writes are durable only at its next commit (the embedded Lucene
 * index): commits are stamped with a time, and on start whatever PostgreSQL records as handed to the index since the
 * last commit's time is indexed again. A backend whose every acknowledged write is durable (OpenSearch's translog)
 * does not have it: {@link SearchBackend#crashRecovery()} is empty, and its callers then stamp versions with the
 * current time, have nothing to commit and nothing to catch up on.
 */
public interface CrashRecovery {

    /**
     * Begins an update: call before storing a version that will then be indexed, record the time returned as the
     * version's {@code indexedAt}, and call {@link #endUpdate} once it is indexed (or failed).
     */
    Instant beginUpdate();

    void endUpdate(Instant started);

    /** Makes every change so far durable, stamping the commit (see {@link #beginUpdate}). */
    void commit();

    /**
     * The time of the last durable state the index was opened from: articles handed to it at or after this time may
     * be missing after a crash and are indexed again on start. Null for an index never committed by this code.
     */
    Instant lastCommittedAt();

    /** Whether the index was left in the middle of a rebuild that never finished (incomplete: rebuild again). */
    boolean lastCommitWasRebuilding();
}
