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
     * @param owner      client id of the API key that created it (a digest, never the key)
     * @param digest     none or daily
     * @param digestTime HH:mm, the local time the digest of the day before is sent
     * @param digestZone the zone of digestTime and of the digest's days (the default zone when none was given)
     */
    public record WatchView(String id, String name, String q, String source, String region, String topic,
                            String entity, List<String> entityIds, List<FactConditionSpec> factConditions,
                            String webhookUrl, boolean paused, String owner, Instant createdAt, Instant updatedAt,
                            String digest, String digestTime, String digestZone) {
    }

    /** A new watch and its signing secret, shown this once. */
    public record Created(WatchView watch, String secret) {
    }

    /**
     * One notice and how its delivery went.
     *
     * @param kind           match, retraction, ping or digest (articleId is then its day)
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

    /**
     * A watch's notices of one day in a zone ({@code GET /api/v1/watches/{id}/digest}, and the body of a daily
     * digest's delivery).
     *
     * @param date      the day, 2026-03-04
     * @param timeZone  the zone the day is in
     * @param from      the day's start (inclusive)
     * @param to        the next day's start (exclusive)
     * @param count     notices listed
     * @param truncated whether the day had more than sinoscope.watch.digest.max-notices (the first are listed)
     */
    public record Digest(String watchId, String watchName, String date, String timeZone, Instant from, Instant to,
                         int count, boolean truncated, List<DigestEntry> notices) {
    }

    /**
     * One notice of a digest, with its article as stored now (outlet, region and publication null once it is
     * retracted).
     *
     * @param kind           match (first notice of the article), update (a new version of an article the watch was
     *                       told of) or retraction
     * @param publishedLocal the publication at the article's local offset (+08:00 for CN, HK and TW)
     * @param deliveryStatus PENDING, DELIVERED, DEAD or RECORDED, as in the delivery log
     * @param noticedAt      when the notice was written (what puts it in the day)
     */
    public record DigestEntry(String articleId, String version, String title, String url, String outlet,
                              String region, Instant publishedAt, String publishedLocal, String kind,
                              String deliveryStatus, Instant noticedAt) {
    }

    /** {@code <watch>:<article>:<version>:<kind>}: one notice, however often it is sent. */
    public static String idempotencyKey(DeliveryRow d) {
        return d.watchId() + ":" + d.articleId() + ":" + d.articleVersion() + ":" + d.kind();
    }
}
