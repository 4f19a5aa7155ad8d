package io.sinoscope.query.repository;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code query.watch_delivery}: one notice due to a watch, and how its delivery went.
 *
 * @param kind   match, retraction or ping
 * @param status PENDING, DELIVERED, DEAD or RECORDED (the watch has no webhook)
 */
public record DeliveryRow(long id, String watchId, String articleId, String articleVersion, String kind, String title,
                          String url, List<String> matchedBecause, String status, int attempts, Instant nextAttemptAt,
                          String lastError, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {

    public DeliveryRow {
        matchedBecause = matchedBecause == null ? List.of() : List.copyOf(matchedBecause);
    }
}
