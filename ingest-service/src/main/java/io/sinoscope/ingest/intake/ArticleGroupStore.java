package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.repository.Article;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.ingest.dedup.MinHash;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores a group of consecutive new batch lines in one transaction with a fixed number of statements, whatever the
 * group's size: who they already are (by source + externalId, or by source + content), their duplicate candidates,
 * one multi-row INSERT of the articles (the outbox: status RECEIVED) and one of their LSH buckets. Per article,
 * storing one at a time through Hibernate Reactive cost a transaction and five statements, each with Hibernate's own
 * per-statement work on top of PostgreSQL's.
 *
 * <p>The lines must have distinct identities (the caller puts a repeat in the next group, which then sees the
 * first stored). Duplicates are decided in input order, among the stored originals and the group's earlier lines,
 * exactly as {@link DuplicateDetector#originalOf} does for one article. A line that would replace an existing article
 * (changed content, or a retracted article resent) is not handled here: the whole group is then left untouched
 * (empty result) for the caller to store line by line through {@link ArticleIntake}.
 */
@ApplicationScoped
public class ArticleGroupStore {

    private final Pool pool;
    private final ArticleIntake intake;
    private final DuplicateDetector duplicates;
    private final String lock;
    private final String byExternalId;
    private final String byContent;
    private final String candidates;
    private final String insertArticles;
    private final String insertBuckets;

    public ArticleGroupStore(Pool pool, ArticleIntake intake, DuplicateDetector duplicates,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") String schema) {
        this.pool = pool;
        this.intake = intake;
        this.duplicates = duplicates;
        String article = schema + ".article";
        // Each statement's text is the same for every group: prepared once per connection, planned once.
        // The identities' advisory locks (IdentityLocks), in the array's ascending order, before anything is read.
        this.lock = "WITH l AS MATERIALIZED (SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS u(k))"
                + " SELECT count(*) FROM l";
        this.byExternalId = "SELECT a.id, a.source, a.external_id, a.content_hash, a.status, a.duplicate_of FROM "
                + article + " a JOIN unnest($1::varchar[], $2::varchar[]) k(source, external_id)"
                + " ON a.source = k.source AND a.external_id = k.external_id";
        // As ArticleRepository.findFromSourceWithContent: the earliest non-duplicate with this content.
        this.byContent = "SELECT DISTINCT ON (a.source, a.content_hash) a.id, a.source, a.content_hash, a.status,"
                + " a.duplicate_of FROM " + article + " a JOIN unnest($1::varchar[], $2::varchar[]) k(source, hash)"
                + " ON a.source = k.source AND a.content_hash = k.hash WHERE a.status <> 'DUPLICATE'"
                + " ORDER BY a.source, a.content_hash, a.received_at";
        // As ArticleRepository.findOriginalCandidates, for all the group's hashes and (band, bucket) pairs at once.
        this.candidates = "SELECT a.id, a.source, a.content_hash, a.minhash, a.received_at FROM " + article
                + " a WHERE a.id IN (SELECT id FROM " + article + " WHERE content_hash = ANY($1::varchar[])"
                + " UNION SELECT b.article_id FROM " + schema + ".article_minhash_band b"
                + " JOIN unnest($2::smallint[], $3::bigint[]) q(band, bucket) ON b.band = q.band AND b.bucket = q.bucket)"
                + " AND a.status IN ('RECEIVED', 'PUBLISHED')";
        this.insertArticles = "INSERT INTO " + article + " (id, source, external_id, url, title, text, published_at,"
                + " language, content_hash, status, duplicate_of, removed, version, received_at, charset,"
                + " charset_confidence, minhash, outlet, byline, duplicate_kind, duplicate_similarity, cleaner_version)"
                + " SELECT * FROM unnest($1::varchar[], $2::varchar[],"
                + " $3::varchar[], $4::varchar[], $5::text[], $6::text[], $7::timestamptz[], $8::varchar[],"
                + " $9::varchar[], $10::varchar[], $11::varchar[], $12::text[], $13::int[], $14::timestamptz[],"
                + " $15::varchar[], $16::int[], $17::bytea[], $18::varchar[], $19::varchar[], $20::varchar[], $21::real[],"
                + " $22::varchar[])";
        this.insertBuckets = "INSERT INTO " + schema + ".article_minhash_band (band, bucket, article_id)"
                + " SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::varchar[])";
    }

    /**
     * @return one result per line, in order; empty when a line replaces an existing article (nothing was written)
     */
    public Uni<Optional<List<IntakeResult>>> store(List<PreparedArticle> lines) {
        Long[] keys = Arrays.stream(IdentityLocks.of(lines)).boxed().toArray(Long[]::new);
        // As ArticleIntake.store: lines of concurrent requests for the same articles wait here for each other, so the
        // later one finds the earlier stored instead of inserting it again (or failing on the unique index).
        return pool.withTransaction(connection -> connection.preparedQuery(lock).execute(Tuple.of(keys))
                .flatMap(locked -> existing(connection, lines)).flatMap(existing -> {
            for (int i = 0; i < lines.size(); i++) {
                if (existing[i] != null && lines.get(i).externalId() != null && replaces(existing[i], lines.get(i))) {
                    return Uni.createFrom().item(Optional.<List<IntakeResult>>empty());
                }
            }
            return storeNew(connection, lines, existing).map(Optional::of);
        }));
    }

    /** As {@code ArticleIntake.replace}: a changed text, or a retracted article sent again, makes a new version. */
    private static boolean replaces(Article existing, PreparedArticle line) {
        boolean retracted = existing.status == ArticleStatus.RETRACTING || existing.status == ArticleStatus.RETRACTED;
        return retracted || !existing.contentHash.equals(line.contentHash());
    }

    /** The article each line already is (by source + externalId, or by source + content without one), or null. */
    private Uni<Article[]> existing(SqlConnection connection, List<PreparedArticle> lines) {
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> byHash = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PreparedArticle line = lines.get(i);
            if (line.externalId() != null) {
                byId.put(line.source() + '\n' + line.externalId(), i);
            } else {
                byHash.put(line.source() + '\n' + line.contentHash(), i);
            }
        }
        Article[] found = new Article[lines.size()];
        Uni<Void> ids = byId.isEmpty() ? Uni.createFrom().voidItem()
                : lookUp(connection, byExternalId, byId, lines, true, found);
        return ids.flatMap(ignored -> byHash.isEmpty() ? Uni.createFrom().voidItem()
                : lookUp(connection, byContent, byHash, lines, false, found)).replaceWith(found);
    }

    private Uni<Void> lookUp(SqlConnection connection, String sql, Map<String, Integer> keys,
            List<PreparedArticle> lines, boolean byExternalId, Article[] found) {
        String[] sources = new String[keys.size()];
        String[] values = new String[keys.size()];
        int k = 0;
        for (int i : keys.values()) {
            sources[k] = lines.get(i).source();
            values[k++] = byExternalId ? lines.get(i).externalId() : lines.get(i).contentHash();
        }
        return connection.preparedQuery(sql).execute(Tuple.of(sources, values)).map(rows -> {
            for (Row row : rows) {
                String value = byExternalId ? row.getString("external_id") : row.getString("content_hash");
                Integer line = keys.get(row.getString("source") + '\n' + value);
                if (line != null) {
                    Article article = new Article();
                    article.id = row.getString("id");
                    article.contentHash = row.getString("content_hash");
                    article.status = ArticleStatus.valueOf(row.getString("status"));
                    article.duplicateOf = row.getString("duplicate_of");
                    found[line] = article;
                }
            }
            return null;
        });
    }

    private Uni<List<IntakeResult>> storeNew(SqlConnection connection, List<PreparedArticle> lines,
            Article[] existing) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (existing[i] == null) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(results(lines, existing, new Article[lines.size()]));
        }
        // Near-duplicate lookups use the signature only when they are enabled, as DuplicateDetector does.
        List<String> hashes = new ArrayList<>();
        List<Short> bands = new ArrayList<>();
        List<Long> buckets = new ArrayList<>();
        for (int i : fresh) {
            hashes.add(lines.get(i).contentHash());
            long[] lineBuckets = nearBuckets(lines.get(i));
            for (int band = 0; lineBuckets != null && band < lineBuckets.length; band++) {
                bands.add((short) band);
                buckets.add(lineBuckets[band]);
            }
        }
        Tuple lookup = Tuple.of(hashes.toArray(String[]::new), bands.toArray(Short[]::new),
                buckets.toArray(Long[]::new));
        return connection.preparedQuery(candidates).execute(lookup).flatMap(rows -> {
            Article[] stored = decide(lines, fresh, stored(rows));
            return insert(connection, stored).replaceWith(results(lines, existing, stored));
        });
    }

    private long[] nearBuckets(PreparedArticle line) {
        return duplicates.nearDuplicatesEnabled() && line.signature() != null
                ? MinHash.bandBuckets(line.signature()) : null;
    }

    private static List<Candidate> stored(RowSet<Row> rows) {
        List<Candidate> stored = new ArrayList<>();
        for (Row row : rows) {
            Article article = new Article();
            article.id = row.getString("id");
            article.source = row.getString("source");
            article.contentHash = row.getString("content_hash");
            Buffer minhash = row.getDelegate().getBuffer("minhash");
            article.minhash = minhash == null ? null : minhash.getBytes();
            article.receivedAt = row.getOffsetDateTime("received_at").toInstant();
            stored.add(new Candidate(article));
        }
        return stored;
    }

    /** An original a line may duplicate, with the LSH buckets it is indexed under (null: none). */
    private record Candidate(Article article, long[] buckets) {
        Candidate(Article article) {
            this(article, article.minhash == null ? null : MinHash.bandBuckets(MinHash.fromBytes(article.minhash)));
        }

        boolean matches(String contentHash, long[] lineBuckets) {
            if (article.contentHash.equals(contentHash)) {
                return true;
            }
            if (lineBuckets == null || buckets == null) {
                return false;
            }
            for (int band = 0; band < lineBuckets.length; band++) {
                if (lineBuckets[band] == buckets[band]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The new rows, in input order, each marked DUPLICATE of its original if it has one: among the stored
     * candidates and the group's earlier originals (received after every stored one, in input order).
     */
    private Article[] decide(List<PreparedArticle> lines, List<Integer> fresh, List<Candidate> candidates) {
        Article[] stored = new Article[lines.size()];
        // PostgreSQL keeps microseconds: the in-memory order must be the stored one.
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i : fresh) {
            PreparedArticle line = lines.get(i);
            Article article = intake.newArticle(line, receivedAt);
            receivedAt = receivedAt.plus(1, ChronoUnit.MICROS);
            int[] signature = duplicates.nearSignature(article);
            long[] lineBuckets = signature == null ? null : MinHash.bandBuckets(signature);
            List<Article> matching = new ArrayList<>();
            for (Candidate candidate : candidates) {
                if (candidate.matches(article.contentHash, lineBuckets)) {
                    matching.add(candidate.article());
                }
            }
            DuplicateDetector.Original original = duplicates.originalAmong(matching, article, signature);
            if (original != null) {
                original.mark(article);
            } else {
                // An original from now on: later lines of the group may duplicate it.
                candidates.add(new Candidate(article, DuplicateDetector.bucketsOf(article)));
            }
            stored[i] = article;
        }
        return stored;
    }

    private Uni<Void> insert(SqlConnection connection, Article[] stored) {
        List<Article> rows = new ArrayList<>();
        for (Article article : stored) {
            if (article != null) {
                rows.add(article);
            }
        }
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
        List<Short> bands = new ArrayList<>();
        List<Long> buckets = new ArrayList<>();
        List<String> bucketArticles = new ArrayList<>();
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
            long[] indexed = DuplicateDetector.bucketsOf(a);
            for (int band = 0; indexed != null && band < indexed.length; band++) {
                bands.add((short) band);
                buckets.add(indexed[band]);
                bucketArticles.add(a.id);
            }
        }
        Tuple articles = Tuple.tuple();
        for (Object column : new Object[] {id, source, externalId, url, title, text, publishedAt, language, hash,
                status, duplicateOf, removed, version, receivedAt, charset, confidence, minhash, outlet, byline, duplicateKind,
                duplicateSimilarity, cleanerVersion}) {
            articles.addValue(column);
        }
        Uni<?> inserted = connection.preparedQuery(insertArticles).execute(articles);
        // The bucket rows reference the articles, so they follow them.
        return inserted.flatMap(ignored -> bands.isEmpty() ? Uni.createFrom().voidItem()
                : connection.preparedQuery(insertBuckets).execute(Tuple.of(bands.toArray(Short[]::new),
                        buckets.toArray(Long[]::new), bucketArticles.toArray(String[]::new))).replaceWithVoid());
    }

    private static List<IntakeResult> results(List<PreparedArticle> lines, Article[] existing, Article[] stored) {
        List<IntakeResult> results = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            results.add(existing[i] != null ? new IntakeResult(existing[i], false) : new IntakeResult(stored[i], true));
        }
        return results;
    }
}
