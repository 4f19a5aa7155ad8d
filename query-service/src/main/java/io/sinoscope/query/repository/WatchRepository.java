package io.sinoscope.query.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code query.watch} and its outbox {@code query.watch_delivery}. Notices are inserted with
 * {@code on conflict do nothing} on (watch, article, version, kind), so matching the same article version again (a
 * replayed event, a second replica) adds nothing. Every value is a bind parameter.
 */
@ApplicationScoped
public class WatchRepository {

    private static final String COLUMNS = "id, owner, name, q, source, region, topic, entity, entity_ids, "
            + "fact_conditions::text, webhook_url, secret, paused, created_at, updated_at, digest, digest_time, "
            + "digest_zone";
    private static final String DELIVERY_COLUMNS = "id, watch_id, article_id, article_version, kind, title, url, "
            + "matched_because, status, attempts, next_attempt_at, last_error, created_at, last_attempt_at, "
            + "delivered_at, digest::text";
    /** A notice's status as it is written: a watch without a webhook keeps its notices for the log only. */
    private static final String STATUS = "case when w.webhook_url is null then 'RECORDED' else 'PENDING' end";

    @Inject
    Pool pool;

    public Uni<WatchRow> insert(WatchRow w) {
        return pool.preparedQuery("insert into query.watch (id, owner, name, q, source, region, topic, entity, "
                        + "entity_ids, fact_conditions, webhook_url, secret, paused, digest, digest_time, digest_zone) "
                        + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11, $12, $13, $14, $15, $16) "
                        + "returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(w.id(), w.owner(), w.name(), w.q(), w.source(), w.region(),
                        w.topic(), w.entity(), w.entityIds().toArray(String[]::new), w.factConditionsJson(),
                        w.webhookUrl(), w.secret(), w.paused(), w.digest(), w.digestTime(), w.digestZone())))
                .map(rows -> watches(rows).get(0));
    }

    /** Replaces what a watch matches and where it is delivered; owner, secret and pause are kept. Null if gone. */
    public Uni<WatchRow> update(WatchRow w) {
        return pool.preparedQuery("update query.watch set name = $2, q = $3, source = $4, region = $5, topic = $6, "
                        + "entity = $7, entity_ids = $8, fact_conditions = $9::text::jsonb, webhook_url = $10, "
                        + "digest = $11, digest_time = $12, digest_zone = $13, updated_at = now() where id = $1 "
                        + "returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(w.id(), w.name(), w.q(), w.source(), w.region(), w.topic(),
                        w.entity(), w.entityIds().toArray(String[]::new), w.factConditionsJson(), w.webhookUrl(),
                        w.digest(), w.digestTime(), w.digestZone())))
                .map(WatchRepository::firstOrNull);
    }

    /** Null if there is no such watch. */
    public Uni<WatchRow> find(String id) {
        return pool.preparedQuery("select " + COLUMNS + " from query.watch where id = $1").execute(Tuple.of(id))
                .map(WatchRepository::firstOrNull);
    }

    /** The watches of one owner, or every watch (owner null), oldest first. */
    public Uni<List<WatchRow>> list(String owner) {
        if (owner == null) {
            return pool.query("select " + COLUMNS + " from query.watch order by created_at, id").execute()
                    .map(WatchRepository::watches);
        }
        return pool.preparedQuery("select " + COLUMNS + " from query.watch where owner = $1 order by created_at, id")
                .execute(Tuple.of(owner)).map(WatchRepository::watches);
    }

    /** Every watch not paused: what matching compiles. */
    public Uni<List<WatchRow>> active() {
        return pool.query("select " + COLUMNS + " from query.watch where not paused order by id").execute()
                .map(WatchRepository::watches);
    }

    /** Null if there is no such watch. */
    public Uni<WatchRow> setPaused(String id, boolean paused) {
        return pool.preparedQuery("update query.watch set paused = $2, updated_at = now() where id = $1 returning "
                + COLUMNS).execute(Tuple.of(id, paused)).map(WatchRepository::firstOrNull);
    }

    /** Deletes the watch and its notices; whether it existed. */
    public Uni<Boolean> delete(String id) {
        return pool.preparedQuery("delete from query.watch where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * A notice for each watch the article version matched (each with its lines of "matched because"), for watches
     * still there and not paused. A notice already recorded for the same version is left as it is.
     *
     * @return how many notices are new
     */
    public Uni<Integer> enqueueMatches(String articleId, String articleVersion, String title, String url,
            List<String> watchIds, List<List<String>> because) {
        if (watchIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String[] reasons = because.stream().map(lines -> String.join("\n", lines)).toArray(String[]::new);
        return pool.preparedQuery("insert into query.watch_delivery (watch_id, article_id, article_version, kind, "
                        + "title, url, matched_because, status) select w.id, $2, $3, 'match', $4, $5, "
                        + "string_to_array(m.because, E'\\n'), " + STATUS + " from unnest($1::text[], $6::text[]) "
                        + "as m(watch_id, because) join query.watch w on w.id = m.watch_id and not w.paused "
                        + "on conflict do nothing")
                .execute(Tuple.from(Arrays.asList(watchIds.toArray(String[]::new), articleId, articleVersion, title,
                        url, reasons)))
                .map(RowSet::rowCount);
    }

    /**
     * A retraction notice to every watch (not paused) that was told of the article, at the retraction's version.
     *
     * @return how many notices are new
     */
    public Uni<Integer> enqueueRetractions(String articleId, String retractionVersion) {
        return pool.preparedQuery("insert into query.watch_delivery (watch_id, article_id, article_version, kind, "
                        + "title, url, matched_because, status) select d.watch_id, d.article_id, $2, 'retraction', "
                        + "d.title, d.url, array['retracted: the article was matched and announced before'], "
                        + STATUS + " from (select distinct on (watch_id) watch_id, article_id, title, url "
                        + "from query.watch_delivery where article_id = $1 and kind = 'match' "
                        + "order by watch_id, id desc) d join query.watch w on w.id = d.watch_id and not w.paused "
                        + "on conflict do nothing")
                .execute(Tuple.of(articleId, retractionVersion)).map(RowSet::rowCount);
    }

    /** A test notice for the watch (kind ping), to be sent like any other. */
    public Uni<DeliveryRow> enqueuePing(String watchId, String pingId) {
        return pool.preparedQuery("insert into query.watch_delivery (watch_id, article_id, article_version, kind, "
                        + "title, matched_because, status) select w.id, 'ping', $2, 'ping', "
                        + "'Sinoscope test delivery', array['ping: a test of this watch''s webhook'], " + STATUS
                        + " from query.watch w where w.id = $1 returning " + DELIVERY_COLUMNS)
                .execute(Tuple.of(watchId, pingId)).map(WatchRepository::firstDeliveryOrNull);
    }

    /**
     * One of a day's notices as a digest lists it: the article as stored now (null outlet, region and publication
     * time once it is retracted), and the notice's kind with a match of an article the watch was told of before
     * called an update.
     *
     * @param kind match, update or retraction
     */
    public record DayNotice(String articleId, String articleVersion, String title, String url, String outlet,
                            String region, Instant publishedAt, String kind, String status, Instant noticedAt) {
    }

    /**
     * The watch's match and retraction notices written in {@code [from, to)}, oldest first, at most {@code limit}.
     */
    public Uni<List<DayNotice>> dayNotices(String watchId, Instant from, Instant to, int limit) {
        return pool.preparedQuery("select d.article_id, d.article_version, coalesce(a.title, d.title), "
                        + "coalesce(a.url, d.url), a.source, a.region, a.published_at, case when d.kind = 'match' "
                        + "and exists (select 1 from query.watch_delivery e where e.watch_id = d.watch_id "
                        + "and e.article_id = d.article_id and e.kind = 'match' and e.id < d.id) then 'update' "
                        + "else d.kind end, d.status, d.created_at from query.watch_delivery d "
                        + "left join query.article a on a.id = d.article_id where d.watch_id = $1 "
                        + "and d.kind in ('match', 'retraction') and d.created_at >= $2 and d.created_at < $3 "
                        + "order by d.id limit $4")
                .execute(Tuple.of(watchId, utc(from), utc(to), limit))
                .map(rows -> {
                    List<DayNotice> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new DayNotice(row.getString(0), row.getString(1), row.getString(2),
                                row.getString(3), row.getString(4), row.getString(5),
                                instant(row.getOffsetDateTime(6)), row.getString(7), row.getString(8),
                                instant(row.getOffsetDateTime(9))));
                    }
                    return list;
                });
    }

    /** A watch with a daily digest, and the day of the newest digest written for it (null: none yet). */
    public record DigestWatch(WatchRow watch, String lastDigestDay) {
    }

    /** The watches, not paused, that want a daily digest. */
    public Uni<List<DigestWatch>> dailyDigestWatches() {
        return pool.query("select " + COLUMNS + ", (select max(d.article_id) from query.watch_delivery d "
                        + "where d.watch_id = w.id and d.kind = 'digest') from query.watch w "
                        + "where w.digest = 'daily' and not w.paused order by w.id").execute()
                .map(rows -> {
                    List<WatchRow> read = watches(rows);
                    List<DigestWatch> list = new ArrayList<>();
                    int i = 0;
                    for (Row row : rows) {
                        list.add(new DigestWatch(read.get(i++), row.getString(18)));
                    }
                    return list;
                });
    }

    /**
     * The digest of {@code day} (2026-03-04) for the watch, unless one was written already: at most one per watch and
     * day, however many replicas or restarts try.
     *
     * @return whether it is new
     */
    public Uni<Boolean> enqueueDigest(String watchId, String day, String title, String because, String digestJson) {
        return pool.preparedQuery("insert into query.watch_delivery (watch_id, article_id, article_version, kind, "
                        + "title, matched_because, status, digest) select w.id, $2, 'daily', 'digest', $3, "
                        + "array[$4], " + STATUS + ", $5::text::jsonb from query.watch w where w.id = $1 "
                        + "on conflict do nothing")
                .execute(Tuple.of(watchId, day, title, because, digestJson)).map(rows -> rows.rowCount() > 0);
    }

    /** The watch's notices, newest first; {@code beforeId} (exclusive) pages back, null for the newest. */
    public Uni<List<DeliveryRow>> deliveries(String watchId, Long beforeId, int limit) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from query.watch_delivery where watch_id = $1 "
                        + "and ($2::bigint is null or id < $2) order by id desc limit $3")
                .execute(Tuple.of(watchId, beforeId, limit)).map(WatchRepository::deliveries);
    }

    private static WatchRow firstOrNull(RowSet<Row> rows) {
        List<WatchRow> read = watches(rows);
        return read.isEmpty() ? null : read.get(0);
    }

    private static DeliveryRow firstDeliveryOrNull(RowSet<Row> rows) {
        List<DeliveryRow> read = deliveries(rows);
        return read.isEmpty() ? null : read.get(0);
    }

    private static List<WatchRow> watches(RowSet<Row> rows) {
        List<WatchRow> list = new ArrayList<>();
        for (Row row : rows) {
            String[] ids = row.getArrayOfStrings(8);
            list.add(new WatchRow(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                    ids == null ? List.of() : Arrays.asList(ids), row.getString(9), row.getString(10),
                    row.getString(11), row.getBoolean(12), instant(row.getOffsetDateTime(13)),
                    instant(row.getOffsetDateTime(14)), row.getString(15), row.getLocalTime(16), row.getString(17)));
        }
        return list;
    }

    static List<DeliveryRow> deliveries(RowSet<Row> rows) {
        List<DeliveryRow> list = new ArrayList<>();
        for (Row row : rows) {
            String[] because = row.getArrayOfStrings(7);
            list.add(new DeliveryRow(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6),
                    because == null ? List.of() : Arrays.asList(because), row.getString(8), row.getInteger(9),
                    instant(row.getOffsetDateTime(10)), row.getString(11), instant(row.getOffsetDateTime(12)),
                    instant(row.getOffsetDateTime(13)), instant(row.getOffsetDateTime(14)), row.getString(15)));
        }
        return list;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** A notice claimed for sending, with where it goes and how to sign it (url null: the watch has no webhook). */
    public record DueDelivery(DeliveryRow delivery, String webhookUrl, String secret) {
    }

    /**
     * Claims up to {@code limit} notices due (oldest due first), skipping those another sender holds: each is counted
     * as an attempt and leased for {@code leaseSeconds}, after which, unsettled (the sender died), it is due again.
     */
    public Uni<List<DueDelivery>> claimDue(int limit, long leaseSeconds) {
        return pool.preparedQuery("update query.watch_delivery d set attempts = d.attempts + 1, last_attempt_at = now(), "
                        + "next_attempt_at = now() + make_interval(secs => $2) from query.watch w "
                        + "where w.id = d.watch_id and d.id in (select id from query.watch_delivery "
                        + "where status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at, id "
                        + "limit $1 for update skip locked) returning " + prefixed("d") + ", w.webhook_url, w.secret")
                .execute(Tuple.of(limit, (double) leaseSeconds))
                .map(rows -> {
                    List<DueDelivery> due = new ArrayList<>();
                    List<DeliveryRow> read = deliveries(rows);
                    int i = 0;
                    for (Row row : rows) {
                        due.add(new DueDelivery(read.get(i++), row.getString(16), row.getString(17)));
                    }
                    return due;
                });
    }

    /** One claimed notice, for an immediate send (a ping). Null if another sender holds it or it is settled. */
    public Uni<DueDelivery> claim(long id, long leaseSeconds) {
        return pool.preparedQuery("update query.watch_delivery d set attempts = d.attempts + 1, last_attempt_at = now(), "
                        + "next_attempt_at = now() + make_interval(secs => $2) from query.watch w "
                        + "where w.id = d.watch_id and d.id = $1 and d.status = 'PENDING' returning " + prefixed("d")
                        + ", w.webhook_url, w.secret")
                .execute(Tuple.of(id, (double) leaseSeconds))
                .map(rows -> {
                    List<DeliveryRow> read = deliveries(rows);
                    if (read.isEmpty()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new DueDelivery(read.get(0), row.getString(16), row.getString(17));
                });
    }

    /** Notices still to send: how many, and when the oldest of them was written (null when none). */
    public record PendingDeliveries(long count, Instant oldestCreatedAt) {
    }

    /** Reads only the PENDING rows (the partial index {@code watch_delivery_due_idx}), not the delivery log. */
    public Uni<PendingDeliveries> pendingDeliveries() {
        return pool.preparedQuery("select count(*), min(created_at) from query.watch_delivery where status = 'PENDING'")
                .execute().map(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    return new PendingDeliveries(row.getLong(0), oldest == null ? null : oldest.toInstant());
                });
    }

    /** Settles a claimed notice: DELIVERED, DEAD or RECORDED, with the last error (null when delivered). */
    public Uni<Void> settle(long id, String status, String lastError) {
        return pool.preparedQuery("update query.watch_delivery set status = $2, last_error = $3, "
                        + "delivered_at = case when $2 = 'DELIVERED' then now() else delivered_at end where id = $1")
                .execute(Tuple.of(id, status, lastError)).replaceWithVoid();
    }

    /** A failed attempt of a claimed notice: due again at {@code nextAttempt}. */
    public Uni<Void> retryAt(long id, Instant nextAttempt, String lastError) {
        return pool.preparedQuery("update query.watch_delivery set next_attempt_at = $2, last_error = $3 where id = $1")
                .execute(Tuple.of(id, OffsetDateTime.ofInstant(nextAttempt, java.time.ZoneOffset.UTC), lastError))
                .replaceWithVoid();
    }

    /** One notice of a watch. Null if none. */
    public Uni<DeliveryRow> delivery(String watchId, long id) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from query.watch_delivery where watch_id = $1 "
                + "and id = $2").execute(Tuple.of(watchId, id)).map(WatchRepository::firstDeliveryOrNull);
    }

    /** The watch's notices written after notice {@code afterId}, oldest first (a stream's next events). */
    public Uni<List<DeliveryRow>> deliveriesAfter(String watchId, long afterId, int limit) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from query.watch_delivery where watch_id = $1 "
                        + "and id > $2 order by id limit $3")
                .execute(Tuple.of(watchId, afterId, limit)).map(WatchRepository::deliveries);
    }

    /** The id of the watch's newest notice, 0 without any. */
    public Uni<Long> lastDeliveryId(String watchId) {
        return pool.preparedQuery("select coalesce(max(id), 0) from query.watch_delivery where watch_id = $1")
                .execute(Tuple.of(watchId)).map(rows -> rows.iterator().next().getLong(0));
    }

    private static String prefixed(String alias) {
        return alias + "." + DELIVERY_COLUMNS.replace(", ", ", " + alias + ".");
    }
}
