package io.sinoscope.query.service;

import io.sinoscope.query.repository.DeliveryRow;
import io.sinoscope.query.service.WatchSpec.FactConditionSpec;
import java.time.Instant;
import java.util.List;

/** Watches and their notices as the API shows them; the signing secret never, except once at creation. */
public final class WatchViews {

    private WatchViews() {
    }

    /**
     * A watch.
     *
     * @param owner client id of the API key that created it (a digest, never the key)
     */
    public record WatchView(String id, String name, String q, String source, String region, String topic,
                            String entity, List<String> entityIds, List<FactConditionSpec> factConditions,
                            String webhookUrl, boolean paused, String owner, Instant createdAt, Instant updatedAt) {
    }

    /** A new watch and its signing secret, shown this once. */
    public record Created(WatchView watch, String secret) {
    }

    /**
     * One notice and how its delivery went.
     *
     * @param kind           match, retraction or ping
     * @param status         PENDING (being delivered), DELIVERED, DEAD (retries gave up: the watch's dead letter),
     *                       RECORDED (the watch has no webhook)
     * @param idempotencyKey what the receiver gets as Idempotency-Key: the same for every attempt
     */
    public record DeliveryView(long id, String kind, String articleId, String articleVersion, String title,
                               String url, List<String> matchedBecause, String status, int attempts, String lastError,
                               Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt,
                               String idempotencyKey) {

        static DeliveryView of(DeliveryRow d) {
            return new DeliveryView(d.id(), d.kind(), d.articleId(), d.articleVersion(), d.title(), d.url(),
                    d.matchedBecause(), d.status(), d.attempts(), d.lastError(), d.createdAt(), d.lastAttemptAt(),
                    "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.deliveredAt(), WatchViews.idempotencyKey(d));
        }
    }

    /** {@code <watch>:<article>:<version>:<kind>}: one notice, however often it is sent. */
    public static String idempotencyKey(DeliveryRow d) {
        return d.watchId() + ":" + d.articleId() + ":" + d.articleVersion() + ":" + d.kind();
    }
}
