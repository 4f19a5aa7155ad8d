package io.sinoscope.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles.enriched records whose storing keeps failing for a reason that will pass (the database down, the schema
 * away): each holds its partition until it is stored. Readiness reports them while they last, so an operator sees
 * which article waits, since when and on what, instead of a silent lag.
 */
@ApplicationScoped
public class StalledRecords {

    /**
     * @param since     when the first attempt failed
     * @param attempts  attempts so far
     * @param lastError the latest failure, as the consumer logged it
     */
    public record Stall(String articleId, String origin, Instant since, int attempts, String lastError) {
    }

    /** By origin (topic-partition@offset): each consumer holds at most one record at a time. */
    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    void failed(String articleId, String origin, int attempt, Throwable error) {
        stalls.compute(origin, (key, previous) -> new Stall(articleId, origin,
                previous == null ? Instant.now() : previous.since(), attempt, describe(error)));
    }

    void cleared(String origin) {
        stalls.remove(origin);
    }

    /** The records held now, oldest stall first. */
    public List<Stall> current() {
        return stalls.values().stream().sorted(java.util.Comparator.comparing(Stall::since)).toList();
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getSimpleName());
        if (error.getMessage() != null) {
            text.append(": ").append(error.getMessage());
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != error) {
            text.append(" (cause: ").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage())
                    .append(')');
        }
        return text.length() > 500 ? text.substring(0, 500) + "…" : text.toString();
    }
}
