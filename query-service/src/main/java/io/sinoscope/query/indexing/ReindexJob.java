package io.sinoscope.query.indexing;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild of the index from PostgreSQL and how far it got. Thread-safe: written by the job, read by the API. */
public final class ReindexJob {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    private final String id;
    private final String trigger;
    private final Instant createdAt = Instant.now();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong removed = new AtomicLong();
    private volatile long total = -1;
    private volatile State state = State.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    public ReindexJob(String id, String trigger) {
        this.id = id;
        this.trigger = trigger;
    }

    public String id() {
        return id;
    }

    public String trigger() {
        return trigger;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    /** Articles to index, -1 until counted. */
    public long total() {
        return total;
    }

    public long done() {
        return done.get();
    }

    /** Index documents removed because PostgreSQL no longer holds their article. */
    public long removed() {
        return removed.get();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }

    public boolean finished() {
        return state == State.SUCCEEDED || state == State.FAILED;
    }

    void started(long total) {
        this.total = total;
        this.startedAt = Instant.now();
        this.state = State.RUNNING;
    }

    void advance(long count) {
        done.addAndGet(count);
    }

    void removed(long count) {
        removed.addAndGet(count);
    }

    void succeeded() {
        finishedAt = Instant.now();
        state = State.SUCCEEDED;
    }

    void failed(Throwable e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        finishedAt = Instant.now();
        state = State.FAILED;
    }
}
