package io.sinoscope.support.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of a long administrative task (DLQ replay, republish, reindex, reconciliation, curation) and how far it
 * got: the one job model of every service, shown by {@code GET /api/v1/admin/jobs/{id}} as {@link View}. Written by
 * the task's own thread, read by the job API while it runs, so every field is volatile or atomic.
 *
 * <p>Counters are named when the job is created, so a job's JSON always has the same keys in the same order, even
 * before the first record was handled.
 */
public final class Job {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /**
     * A job as the API shows it.
     *
     * @param total  items the job will look at, -1 until known
     * @param counts the job's named counters, e.g. replayed, skipped
     */
    public record View(String id, String type, String state, Map<String, String> parameters, long total,
            Map<String, Long> counts, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    }

    private final String id = UUID.randomUUID().toString();
    private final String type;
    private final Map<String, String> parameters;
    private final Map<String, AtomicLong> counts = new LinkedHashMap<>();
    private final Instant createdAt = Instant.now();
    private volatile long total = -1;
    private volatile State state = State.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;

    /**
     * @param parameters what the job was asked to do, shown as given (nulls left out)
     * @param counters   names of the counters the job advances
     */
    Job(String type, Map<String, String> parameters, List<String> counters) {
        this.type = type;
        Map<String, String> given = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        this.parameters = Map.copyOf(given);
        // Filled once here and never resized: concurrent reads of the map itself are safe.
        counters.forEach(name -> counts.put(name, new AtomicLong()));
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state.finished();
    }

    public long count(String counter) {
        return counter(counter).get();
    }

    /** Called by the task once it knows how much there is to do. */
    public void total(long total) {
        this.total = total;
    }

    public void add(String counter, long amount) {
        counter(counter).addAndGet(amount);
    }

    public View view() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        counts.forEach((name, value) -> snapshot.put(name, value.get()));
        return new View(id, type, state.name(), parameters, total, snapshot, createdAt, startedAt, finishedAt, error);
    }

    /** Once: a recorded job is RUNNING from its claim, before its task starts on the executor. */
    void started() {
        if (state == State.QUEUED) {
            startedAt = Instant.now();
            state = State.RUNNING;
        }
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

    private AtomicLong counter(String name) {
        AtomicLong counter = counts.get(name);
        if (counter == null) {
            throw new IllegalArgumentException("job " + type + " has no counter '" + name + "'; it has " + counts.keySet());
        }
        return counter;
    }
}
