package io.sinoscope.ingest.service;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One run of re-queueing stored articles for publication; progress is read while it runs. */
public final class RepublishJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final Instant since;
    private final Republisher.Scope scope;
    private final Instant startedAt = Instant.now();
    private final AtomicLong requeued = new AtomicLong();
    private volatile long total;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    RepublishJob(String id, Instant since, Republisher.Scope scope) {
        this.id = id;
        this.since = since;
        this.scope = scope;
    }

    public String id() {
        return id;
    }

    public Instant since() {
        return since;
    }

    public Republisher.Scope scope() {
        return scope;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long total() {
        return total;
    }

    public long requeued() {
        return requeued.get();
    }

    public State state() {
        return state;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }

    void total(long total) {
        this.total = total;
    }

    void requeued(int count) {
        requeued.addAndGet(count);
    }

    void finished() {
        state = State.DONE;
        finishedAt = Instant.now();
    }

    void failed(Throwable cause) {
        state = State.FAILED;
        error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        finishedAt = Instant.now();
    }
}
