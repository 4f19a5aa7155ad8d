package io.sinoscope.query.repository;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code query.watch_delivery}: one notice due to a watch, and how its delivery went.
 *
 * @param articleId  the article; for a digest its day (2026-03-04), for a ping "ping"
 * @param kind       match, retraction, ping or digest
 * @param status     PENDING, DELIVERED, DEAD or RECORDED (the watch has no webhook)
 * @param digestJson a digest's list of the day's notices (JSON), null for the other kinds
 */
public record DeliveryRow(long id, String watchId, String articleId, String articleVersion, String kind, String title,
                          String url, List<String> matchedBecause, String status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt,
                          String digestJson) {

    public DeliveryRow {
        matchedBecause = matchedBecause == null ? List.of() : List.copyOf(matchedBecause);
    }
}
