package io.sinoscope.query.repository;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * A row of {@code query.watch}.
 *
 * @param owner              client id of the API key that created it (a salted digest, never the key)
 * @param factConditionsJson the fact conditions as a JSON array, as the service wrote them
 * @param digest             none or daily
 * @param digestTime         the local time the digest of the day before is sent
 * @param digestZone         the IANA zone of that time and of the digest's days; null: the service's default zone
 */
public record WatchRow(String id, String owner, String name, String q, String source, String region, String topic,
                       String entity, List<String> entityIds, String factConditionsJson, String webhookUrl,
                       String secret, boolean paused, Instant createdAt, Instant updatedAt, String digest,
                       LocalTime digestTime, String digestZone) {

    public WatchRow {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
    }
}
