package io.sinoscope.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one repository of {@code ingest.article}. Articles enter (a single submission, a batch group) through one write
 * path on the reactive PostgreSQL client, in a transaction of {@link #inTransaction}: advisory locks, who the lines
 * already are, their duplicate candidates, then one multi-row INSERT of the new rows and their LSH buckets, or the
 * UPDATE of a new version. Each statement's text is the same for one article as for fifty, so it is prepared once per
 * connection and planned once; through Hibernate Reactive an article cost five statements with Hibernate's own
 * per-statement work on top. The relay, republish, retraction and the read side go through Panache.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /** Articles waiting for the relay: the outbox. */
    static final List<ArticleStatus> PENDING = List.of(ArticleStatus.RECEIVED, ArticleStatus.RETRACTING);

    /** The columns an arriving article is decided on: who it is, what it holds, where it stands. */
    private static final String IDENTITY_COLUMNS = "a.id, a.source, a.external_id, a.content_hash, a.status,"
            + " a.duplicate_of, a.duplicate_kind, a.duplicate_similarity, a.version";
    /** The columns the write path sets, in the order of {@link #columns(List)}. */
    private static final String WRITTEN_COLUMNS = "id, source, external_id, url, title, text, published_at,"
            + " language, content_hash, status, duplicate_of, removed, version, received_at, charset,"
            + " charset_confidence, minhash, outlet, byline, duplicate_kind, duplicate_similarity, cleaner_version";

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema")
    String schema;

    private String lockSql;
    private String byExternalIdSql;
    private String byContentSql;
    private String candidatesSql;
    private String insertArticlesSql;
    private String updateVersionSql;
    private String deleteBucketsSql;
    private String insertBucketsSql;

    @PostConstruct
    void prepareStatements() {
        String article = schema + ".article";
        // In the array's ascending order, before anything is read (IdentityLocks); MATERIALIZED: the CTE runs whole,
        // so every lock is taken although only a count is read.
        lockSql = "WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS u(k))"
                + " SELECT count(*) FROM l";
        byExternalIdSql = "SELECT " + IDENTITY_COLUMNS + " FROM " + article
                + " a JOIN unnest($1::varchar[], $2::varchar[]) k(source, external_id)"
                + " ON a.source = k.source AND a.external_id = k.external_id";
        // The earliest article with this content from this source, a non-duplicate first. A duplicate counts too: a
        // near-duplicate of another source's article sent again is that stored duplicate, not a new row each time.
        byContentSql = "SELECT DISTINCT ON (a.source, a.content_hash) " + IDENTITY_COLUMNS + " FROM " + article
                + " a JOIN unnest($1::varchar[], $2::varchar[]) k(source, hash)"
                + " ON a.source = k.source AND a.content_hash = k.hash"
                + " ORDER BY a.source, a.content_hash, a.status = 'DUPLICATE', a.received_at";
        // A UNION, not an OR: each branch uses its own index, where an OR across them can turn into a table scan.
        candidatesSql = "SELECT a.id, a.source, a.content_hash, a.minhash, a.received_at FROM " + article
                + " a WHERE a.id IN (SELECT id FROM " + article + " WHERE content_hash = ANY($1::varchar[])"
                + " UNION SELECT b.article_id FROM " + schema + ".article_minhash_band b"
                + " JOIN unnest($2::smallint[], $3::bigint[]) q(band, bucket) ON b.band = q.band AND b.bucket = q.bucket)"
                + " AND a.status IN ('RECEIVED', 'PUBLISHED')";
        String unnestWritten = "unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[],"
                + " $6::text[], $7::timestamptz[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[],"
                + " $12::text[], $13::int[], $14::timestamptz[], $15::varchar[], $16::int[], $17::bytea[],"
                + " $18::varchar[], $19::varchar[], $20::varchar[], $21::real[], $22::varchar[])";
        insertArticlesSql = "INSERT INTO " + article + " (" + WRITTEN_COLUMNS + ") SELECT * FROM " + unnestWritten;
        // A new version: everything the sender and cleaning decide is replaced, the relay's marks are cleared.
        updateVersionSql = "UPDATE " + article + " a SET (" + WRITTEN_COLUMNS + ", published_to_kafka_at,"
                + " retracted_at) = (" + WRITTEN_COLUMNS.replaceAll("(\\w+)", "u.$1") + ", NULL::timestamptz, NULL::timestamptz) FROM "
                + unnestWritten + " AS u(" + WRITTEN_COLUMNS + ") WHERE a.id = u.id";
        deleteBucketsSql = "DELETE FROM " + schema + ".article_minhash_band WHERE article_id = ANY($1::varchar[])";
        insertBucketsSql = "INSERT INTO " + schema + ".article_minhash_band (band, bucket, article_id)"
                + " SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::varchar[])";
    }

    /** Runs {@code work} in one transaction of the write path, committed when its Uni completes. */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /**
     * Takes these transaction-scoped advisory locks, in the order given (ascending, so that no two transactions wait
     * on each other in a cycle), waiting while another transaction holds one. Released at commit or rollback.
     */
    public Uni<Void> lock(SqlConnection tx, long[] keys) {
        Long[] boxed = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            boxed[i] = keys[i];
        }
        return tx.preparedQuery(lockSql).execute(Tuple.of(boxed)).replaceWithVoid();
    }

    /**
     * The stored articles with these (source, externalId) pairs: identity, content hash, status, duplicate marks and
     * version filled in, nothing else.
     */
    public Uni<List<Article>> findBySourceAndExternalIds(SqlConnection tx, String[] sources, String[] externalIds) {
        return tx.preparedQuery(byExternalIdSql).execute(Tuple.of(sources, externalIds))
                .map(rows -> read(rows, ArticleRepository::identity));
    }

    /** Per (source, content hash) pair, the earliest stored non-duplicate with it, filled in as by the above. */
    public Uni<List<Article>> findFromSourcesWithContent(SqlConnection tx, String[] sources, String[] hashes) {
        return tx.preparedQuery(byContentSql).execute(Tuple.of(sources, hashes))
                .map(rows -> read(rows, ArticleRepository::identity));
    }

    /**
     * The originals (not themselves duplicates, not retracted) that articles could duplicate: those with one of
     * these content hashes, and those sharing an LSH bucket in the same band (near-duplicate candidates, given as
     * parallel band and bucket arrays). Id, source, content hash, signature and time received filled in.
     */
    public Uni<List<Article>> findOriginalCandidates(SqlConnection tx, String[] hashes, Short[] bands,
            Long[] buckets) {
        return tx.preparedQuery(candidatesSql).execute(Tuple.of(hashes, bands, buckets)).map(rows -> read(rows, row -> {
            Article article = new Article();
            article.id = row.getString("id");
            article.source = row.getString("source");
            article.contentHash = row.getString("content_hash");
            Buffer minhash = row.getDelegate().getBuffer("minhash");
            article.minhash = minhash == null ? null : minhash.getBytes();
            article.receivedAt = row.getOffsetDateTime("received_at").toInstant();
            return article;
        }));
    }

    /** Inserts new articles with one statement, and their LSH buckets ({@link Article#lshBuckets}) with another. */
    public Uni<Void> insert(SqlConnection tx, List<Article> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The bucket rows reference the articles, so they follow them.
        return tx.preparedQuery(insertArticlesSql).execute(columns(articles))
                .flatMap(inserted -> insertBuckets(tx, articles));
    }

    /**
     * Stores {@code article} as a new version of the row with its id (the relay's marks cleared), and moves its LSH
     * buckets to its new content and status.
     */
    public Uni<Void> updateVersion(SqlConnection tx, Article article) {
        return tx.preparedQuery(updateVersionSql).execute(columns(List.of(article)))
                .flatMap(updated -> tx.preparedQuery(deleteBucketsSql).execute(Tuple.of((Object) new String[] {article.id})))
                .flatMap(deleted -> insertBuckets(tx, List.of(article)));
    }

    private Uni<Void> insertBuckets(SqlConnection tx, List<Article> articles) {
        List<Short> bands = new ArrayList<>();
        List<Long> buckets = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Article article : articles) {
            long[] indexed = article.lshBuckets();
            for (int band = 0; indexed != null && band < indexed.length; band++) {
                bands.add((short) band);
                buckets.add(indexed[band]);
                owners.add(article.id);
            }
        }
        return bands.isEmpty() ? Uni.createFrom().voidItem()
                : tx.preparedQuery(insertBucketsSql).execute(Tuple.of(bands.toArray(Short[]::new),
                        buckets.toArray(Long[]::new), owners.toArray(String[]::new))).replaceWithVoid();
    }

    /** The written columns of these articles as one array parameter each, in {@link #WRITTEN_COLUMNS} order. */
    private static Tuple columns(List<Article> rows) {
        int n = rows.size();
        String[] id = new String[n], source = new String[n], externalId = new String[n], url = new String[n],
                title = new String[n], text = new String[n], language = new String[n], hash = new String[n],
                status = new String[n], duplicateOf = new String[n], removed = new String[n], charset = new String[n],
                outlet = new String[n], byline = new String[n], duplicateKind = new String[n],
                cleanerVersion = new String[n];
        Float[] duplicateSimilarity = new Float[n];
        OffsetDateTime[] publishedAt = new OffsetDateTime[n], receivedAt = new OffsetDateTime[n];
        Integer[] version = new Integer[n], confidence = new Integer[n];
        Buffer[] minhash = new Buffer[n];
        for (int i = 0; i < n; i++) {
            Article a = rows.get(i);
            id[i] = a.id;
            source[i] = a.source;
            externalId[i] = a.externalId;
            url[i] = a.url;
            title[i] = a.title;
            text[i] = a.text;
            publishedAt[i] = a.publishedAt == null ? null : a.publishedAt.atOffset(ZoneOffset.UTC);
            language[i] = a.language;
            hash[i] = a.contentHash;
            status[i] = a.status.name();
            duplicateOf[i] = a.duplicateOf;
            removed[i] = a.removed;
            version[i] = a.version;
            receivedAt[i] = a.receivedAt.atOffset(ZoneOffset.UTC);
            charset[i] = a.charset;
            confidence[i] = a.charsetConfidence;
            minhash[i] = a.minhash == null ? null : Buffer.buffer(a.minhash);
            outlet[i] = a.outlet;
            byline[i] = a.byline;
            duplicateKind[i] = a.duplicateKind;
            duplicateSimilarity[i] = a.duplicateSimilarity;
            cleanerVersion[i] = a.cleanerVersion;
        }
        Tuple columns = Tuple.tuple();
        for (Object column : new Object[] {id, source, externalId, url, title, text, publishedAt, language, hash,
                status, duplicateOf, removed, version, receivedAt, charset, confidence, minhash, outlet, byline,
                duplicateKind, duplicateSimilarity, cleanerVersion}) {
            columns.addValue(column);
        }
        return columns;
    }

    private static Article identity(Row row) {
        Article article = new Article();
        article.id = row.getString("id");
        article.source = row.getString("source");
        article.externalId = row.getString("external_id");
        article.contentHash = row.getString("content_hash");
        article.status = ArticleStatus.valueOf(row.getString("status"));
        article.duplicateOf = row.getString("duplicate_of");
        article.duplicateKind = row.getString("duplicate_kind");
        article.duplicateSimilarity = row.getFloat("duplicate_similarity");
        article.version = row.getInteger("version");
        return article;
    }

    private static List<Article> read(Iterable<Row> rows, Function<Row, Article> reader) {
        List<Article> articles = new ArrayList<>();
        for (Row row : rows) {
            articles.add(reader.apply(row));
        }
        return articles;
    }

    /** A retracted article is nobody's original: its LSH buckets go (in the retraction's Panache transaction). */
    public Uni<Integer> deleteBuckets(String articleId) {
        return getSession().flatMap(session -> session.createNativeQuery(
                        "DELETE FROM {h-schema}article_minhash_band WHERE article_id = :id")
                .setParameter("id", articleId).executeUpdate());
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

    /** What waits for the relay: how many and since when (null when none waits). */
    public record Pending(long count, Instant oldestReceivedAt) {
    }

    /**
     * The outbox backlog in one statement; it reads only the rows the partial index {@code article_pending} holds
     * (V2), so it costs what the backlog is, not what the table is.
     */
    public Uni<Pending> pending() {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select count(a), min(a.receivedAt) from Article a where a.status in ?1", Object[].class)
                .setParameter(1, PENDING)
                .getSingleResult())
                .map(row -> new Pending((Long) row[0], (Instant) row[1]));
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
