package io.sinoscope.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * The {@code :buckets} parameter (one per band, in band order) as rows {@code q(band, bucket)}. Bound as one
     * array, the statement text stays the same for every article, so PostgreSQL plans it once (prepared statements
     * are cached) instead of planning a new literal list for each article.
     */
    private static final String BAND_BUCKETS =
            "(SELECT CAST(n - 1 AS smallint) AS band, bucket FROM unnest(CAST(:buckets AS bigint[])) WITH ORDINALITY AS u(bucket, n)) q";

    /** Articles that other articles can be duplicates of. */
    static final List<ArticleStatus> ORIGINALS = List.of(ArticleStatus.RECEIVED, ArticleStatus.PUBLISHED);
    /** Articles waiting for the relay: the outbox. */
    static final List<ArticleStatus> PENDING = List.of(ArticleStatus.RECEIVED, ArticleStatus.RETRACTING);

    /**
     * Takes these transaction-scoped advisory locks, in the order given (ascending, so that no two transactions wait
     * on each other in a cycle), waiting while another transaction holds one. Released at commit or rollback.
     */
    public Uni<Void> lockForTransaction(long[] keys) {
        // MATERIALIZED: the CTE runs whole, so every lock is taken although only a count is read.
        return getSession().flatMap(session -> session.createNativeQuery("WITH l AS MATERIALIZED (SELECT"
                        + " pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS u(k)) SELECT count(*) FROM l",
                        Long.class)
                .setParameter("keys", keys).getSingleResult()).replaceWithVoid();
    }

    public Uni<Article> findBySourceAndExternalId(String source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResult();
    }

    public Uni<Article> findFromSourceWithContent(String source, String contentHash) {
        return find("source = ?1 and contentHash = ?2 and status <> ?3 order by receivedAt", source, contentHash,
                ArticleStatus.DUPLICATE).firstResult();
    }

    /**
     * The originals (not themselves duplicates, not retracted) other than {@code exceptId} that an article could
     * duplicate: those with exactly its content, and, when {@code buckets} is given, those sharing an LSH bucket in
     * the same band (its near-duplicate candidates). One round trip for both, since every article entering asks.
     */
    public Uni<List<Article>> findOriginalCandidates(String contentHash, long[] buckets, String exceptId) {
        // A UNION, not an OR: each branch uses its own index, where an OR across them can turn into a table scan.
        String candidates = buckets == null
                ? "SELECT id FROM {h-schema}article WHERE content_hash = :hash"
                : "SELECT id FROM {h-schema}article WHERE content_hash = :hash UNION SELECT b.article_id FROM"
                        + " {h-schema}article_minhash_band b JOIN " + BAND_BUCKETS + " ON b.band = q.band AND b.bucket = q.bucket";
        var query = getSession().map(session -> session.createNativeQuery(
                        "SELECT a.* FROM {h-schema}article a WHERE a.id IN (" + candidates + ")"
                                + " AND a.status IN (:statuses) AND a.id <> :except", Article.class)
                .setParameter("statuses", statusNames(ORIGINALS))
                .setParameter("hash", contentHash)
                .setParameter("except", exceptId == null ? "" : exceptId));
        return query.flatMap(q -> (buckets == null ? q : q.setParameter("buckets", buckets)).getResultList());
    }

    public Uni<Integer> deleteBuckets(String articleId) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "DELETE FROM {h-schema}article_minhash_band WHERE article_id = :id")
                .setParameter("id", articleId).executeUpdate());
    }

    /** One statement for all the article's LSH buckets (both bandings, see MinHash). */
    public Uni<Void> insertBuckets(String articleId, long[] buckets) {
        return getSession().flatMap(session -> session.createNativeQuery("INSERT INTO {h-schema}article_minhash_band"
                        + " (band, bucket, article_id) SELECT q.band, q.bucket, :id FROM " + BAND_BUCKETS)
                .setParameter("id", articleId).setParameter("buckets", buckets).executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Map<String, Long>> countByStatus() {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select a.status, count(a) from Article a group by a.status", Object[].class)
                .getResultList())
                .map(rows -> {
                    Map<String, Long> counts = new TreeMap<>();
                    for (ArticleStatus status : ArticleStatus.values()) {
                        counts.put(status.name(), 0L);
                    }
                    rows.forEach(row -> counts.put(((ArticleStatus) row[0]).name(), (Long) row[1]));
                    return counts;
                });
    }

    /** Age of the oldest article still waiting for the relay; 0 when none waits. */
    public Uni<Long> oldestPendingSeconds() {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select min(a.receivedAt) from Article a where a.status in ?1", Instant.class)
                .setParameter(1, PENDING)
                .getSingleResultOrNull())
                .map(oldest -> oldest == null ? 0L : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds()));
    }

    public Uni<Long> countForRepublish(ArticleStatus status, Instant since) {
        return count("status = ?1 and receivedAt >= ?2", status, since);
    }

    /** A batch of re-queued articles: how many, and the last id, where the next batch starts. */
    public record RequeuedBatch(int count, String lastId) {
    }

    /**
     * Moves the next batch (in id order after {@code afterId}) of {@code status} articles received since
     * {@code since} to {@code requeuedAs}; empty when none is left. Keyset order, so articles the relay has already
     * published again are never picked twice.
     */
    public Uni<Optional<RequeuedBatch>> requeue(ArticleStatus status, Instant since, String afterId, int limit,
            ArticleStatus requeuedAs) {
        return find("status = ?1 and receivedAt >= ?2 and id > ?3 order by id", status, since, afterId)
                .page(0, limit).list()
                .flatMap(batch -> {
                    if (batch.isEmpty()) {
                        return Uni.createFrom().item(Optional.<RequeuedBatch>empty());
                    }
                    List<String> ids = batch.stream().map(a -> a.id).toList();
                    return update("status = ?1 where id in ?2", requeuedAs, ids)
                            .map(n -> Optional.of(new RequeuedBatch(n, ids.get(ids.size() - 1))));
                });
    }

    /** What the broker was last handed for an article: its version, and whether as the article or its retraction. */
    public record PublishedVersion(String id, int version, ArticleStatus status) {
    }

    /**
     * The next {@code limit} articles in id order after {@code afterId} whose latest version (PUBLISHED) or
     * retraction (RETRACTED) the relay handed to the broker before {@code relayedBefore}: what every consumer should
     * hold by now. Keyset order over the primary key, so a caller can walk the whole table page by page.
     */
    public Uni<List<PublishedVersion>> publishedVersions(String afterId, Instant relayedBefore, int limit) {
        return getSession().flatMap(session -> session.createSelectionQuery("select new "
                                + PublishedVersion.class.getName() + "(a.id, a.version, a.status) from Article a"
                                + " where a.id > ?1 and a.status in ?2 and a.publishedToKafkaAt < ?3 order by a.id",
                        PublishedVersion.class)
                .setParameter(1, afterId)
                .setParameter(2, List.of(ArticleStatus.PUBLISHED, ArticleStatus.RETRACTED))
                .setParameter(3, relayedBefore)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Hands these articles back to the outbox if they are {@code status}: they become {@code requeuedAs}. */
    public Uni<List<String>> requeueIds(List<String> ids, ArticleStatus status, ArticleStatus requeuedAs) {
        return find("id in ?1 and status = ?2", ids, status).list().flatMap(found -> {
            List<String> foundIds = found.stream().map(a -> a.id).toList();
            if (foundIds.isEmpty()) {
                return Uni.createFrom().item(foundIds);
            }
            return update("status = ?1 where id in ?2 and status = ?3", requeuedAs, foundIds, status)
                    .replaceWith(foundIds);
        });
    }

    /** Records that the relay handed these articles (locked by this transaction) to the broker. */
    public Uni<Integer> markRelayed(List<String> ids, ArticleStatus status, Instant at) {
        return update("status = ?1, publishedToKafkaAt = ?2 where id in ?3", status, at, ids);
    }

    /**
     * The oldest articles not yet published, locked for this transaction. SKIP LOCKED lets several ingest replicas
     * relay side by side without publishing the same row twice.
     */
    public Uni<List<Article>> lockPendingForPublish(int limit) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT * FROM {h-schema}article WHERE status IN (:statuses) ORDER BY received_at LIMIT :limit"
                                + " FOR UPDATE SKIP LOCKED", Article.class)
                .setParameter("statuses", statusNames(PENDING))
                .setParameter("limit", limit)
                .getResultList());
    }

    /**
     * Status lists bound to native queries that return articles. Bound as a list, not written into the SQL: Hibernate
     * keys a native query's cached plan by its SQL and a result mapping that is new on every call, so each execution
     * of such a query added a cache entry that nothing would ever hit, all with the same hash, and lookups scanned
     * them (15 % of ingest CPU). A list-valued parameter is what makes Hibernate skip that cache for the query.
     */
    private static List<String> statusNames(List<ArticleStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
