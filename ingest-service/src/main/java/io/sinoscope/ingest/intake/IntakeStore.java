package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.cleaning.ArticleCleaner;
import io.sinoscope.ingest.dedup.MinHash;
import io.sinoscope.ingest.repository.Article;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one write path of every door: stores prepared articles (a single submission, or a group of consecutive batch
 * lines) in one transaction with a fixed number of statements, whatever their number ({@link ArticleRepository}'s
 * write path): advisory locks on their identities, who they already are (by source + externalId, or by source +
 * content), their duplicate candidates, then one multi-row INSERT of the new rows (the outbox: status RECEIVED) with
 * their LSH buckets.
 *
 * <p>The lines must have distinct identities (the batch puts a repeat in the next group, which then sees the first
 * stored). Duplicates are decided in input order, among the stored originals and the group's earlier lines. A single
 * article that replaces a stored one (changed content under its externalId, or a retracted article resent) becomes a
 * new version of that row. A group of several lines with such a line is left untouched (empty result), and the batch
 * stores its lines one at a time, each through this same path: a new version changes what the group's other lines
 * would be decided against.
 */
@ApplicationScoped
public class IntakeStore {

    private final ArticleRepository articles;
    private final DuplicateDetector duplicates;
    /** Recorded with every article stored: the cleaning code's version and the cleaning data's fingerprint. */
    private final String cleanerVersion;

    public IntakeStore(ArticleRepository articles, DuplicateDetector duplicates, ArticleCleaner cleaner,
            @ConfigProperty(name = "sinoscope.cleaning.version") String cleaningVersion) {
        this.articles = articles;
        this.duplicates = duplicates;
        this.cleanerVersion = cleaningVersion + "+data." + cleaner.dataVersion();
    }

    /** Stores one article, new, a new version or a repeat, with how its bytes were decoded. */
    public Uni<IntakeResult> store(PreparedArticle article, Encoding encoding) {
        return store(List.of(article), encoding).map(results -> results.orElseThrow().get(0));
    }

    /**
     * @param encoding how the lines' bytes were decoded, recorded with each
     * @return one result per line, in order; empty when one of several lines replaces a stored article (nothing was
     *         written)
     */
    public Uni<Optional<List<IntakeResult>>> store(List<PreparedArticle> lines, Encoding encoding) {
        // Lines of concurrent requests for the same articles wait here for each other, so the later one finds the
        // earlier stored instead of inserting it again (or failing on the unique index).
        return articles.inTransaction(tx -> articles.lock(tx, IdentityLocks.of(lines))
                .flatMap(locked -> existing(tx, lines)).flatMap(existing -> {
                    for (int i = 0; i < lines.size(); i++) {
                        if (existing[i] != null && replaces(existing[i], lines.get(i))) {
                            return lines.size() > 1 ? Uni.createFrom().item(Optional.<List<IntakeResult>>empty())
                                    : newVersion(tx, lines.get(i), existing[i], encoding)
                                            .map(result -> Optional.of(List.of(result)));
                        }
                    }
                    return storeNew(tx, lines, existing, encoding).map(Optional::of);
                }));
    }

    /**
     * A changed text under the same externalId, or a retracted article sent again, makes a new version. Without an
     * externalId the content is the identity: the same text from the same source is the article already stored.
     */
    private static boolean replaces(Article existing, PreparedArticle line) {
        boolean retracted = existing.status == ArticleStatus.RETRACTING || existing.status == ArticleStatus.RETRACTED;
        return line.externalId() != null && (retracted || !existing.contentHash.equals(line.contentHash()));
    }

    /** The article each line already is (by source + externalId, or by source + content without one), or null. */
    private Uni<Article[]> existing(SqlConnection tx, List<PreparedArticle> lines) {
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
                : articles.findBySourceAndExternalIds(tx, sources(byId, lines), values(byId, lines, true))
                        .map(rows -> place(rows, byId, true, found));
        return ids.flatMap(ignored -> byHash.isEmpty() ? Uni.createFrom().voidItem()
                : articles.findFromSourcesWithContent(tx, sources(byHash, lines), values(byHash, lines, false))
                        .map(rows -> place(rows, byHash, false, found))).replaceWith(found);
    }

    private static String[] sources(Map<String, Integer> keys, List<PreparedArticle> lines) {
        return keys.values().stream().map(i -> lines.get(i).source()).toArray(String[]::new);
    }

    private static String[] values(Map<String, Integer> keys, List<PreparedArticle> lines, boolean externalIds) {
        return keys.values().stream().map(i -> externalIds ? lines.get(i).externalId() : lines.get(i).contentHash())
                .toArray(String[]::new);
    }

    private static Void place(List<Article> rows, Map<String, Integer> keys, boolean byExternalId, Article[] found) {
        for (Article row : rows) {
            Integer line = keys.get(row.source + '\n' + (byExternalId ? row.externalId : row.contentHash));
            if (line != null) {
                found[line] = row;
            }
        }
        return null;
    }

    private Uni<List<IntakeResult>> storeNew(SqlConnection tx, List<PreparedArticle> lines, Article[] existing,
            Encoding encoding) {
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (existing[i] == null) {
                fresh.add(i);
            }
        }
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(results(lines, existing, new Article[lines.size()]));
        }
        return candidates(tx, fresh.stream().map(lines::get).toList()).flatMap(candidates -> {
            Article[] stored = decide(lines, fresh, candidates, encoding);
            List<Article> rows = new ArrayList<>();
            for (int i : fresh) {
                rows.add(stored[i]);
            }
            return articles.insert(tx, rows).replaceWith(results(lines, existing, stored));
        });
    }

    /**
     * The stored row, replaced by the line's content as its next version: published again (status RECEIVED) unless it
     * duplicates another original, which it is never its own.
     */
    private Uni<IntakeResult> newVersion(SqlConnection tx, PreparedArticle line, Article existing, Encoding encoding) {
        return candidates(tx, List.of(line)).flatMap(candidates -> {
            candidates.removeIf(candidate -> candidate.article().id.equals(existing.id));
            Article article = row(line, encoding, existing.id, existing.version + 1, Instant.now());
            markIfDuplicate(article, candidates);
            return articles.updateVersion(tx, article).replaceWith(new IntakeResult(article, true));
        });
    }

    /** The stored originals the lines could duplicate: same content, or (when enabled) a shared LSH bucket. */
    private Uni<List<Candidate>> candidates(SqlConnection tx, List<PreparedArticle> lines) {
        List<String> hashes = new ArrayList<>();
        List<Short> bands = new ArrayList<>();
        List<Long> buckets = new ArrayList<>();
        for (PreparedArticle line : lines) {
            hashes.add(line.contentHash());
            long[] lineBuckets = nearBuckets(line);
            for (int band = 0; lineBuckets != null && band < lineBuckets.length; band++) {
                bands.add((short) band);
                buckets.add(lineBuckets[band]);
            }
        }
        return articles.findOriginalCandidates(tx, hashes.toArray(String[]::new), bands.toArray(Short[]::new),
                buckets.toArray(Long[]::new)).map(rows -> {
                    List<Candidate> candidates = new ArrayList<>();
                    rows.forEach(row -> candidates.add(new Candidate(row)));
                    return candidates;
                });
    }

    /** Near-duplicate lookups use the signature only when they are enabled, as {@link DuplicateDetector} does. */
    private long[] nearBuckets(PreparedArticle line) {
        return duplicates.nearDuplicatesEnabled() && line.signature() != null
                ? MinHash.bandBuckets(line.signature()) : null;
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
    private Article[] decide(List<PreparedArticle> lines, List<Integer> fresh, List<Candidate> candidates,
            Encoding encoding) {
        Article[] stored = new Article[lines.size()];
        // PostgreSQL keeps microseconds: the in-memory order must be the stored one.
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i : fresh) {
            Article article = row(lines.get(i), encoding, UUID.randomUUID().toString(), 1, receivedAt);
            receivedAt = receivedAt.plus(1, ChronoUnit.MICROS);
            if (!markIfDuplicate(article, candidates)) {
                // An original from now on: later lines of the group may duplicate it.
                candidates.add(new Candidate(article, article.lshBuckets()));
            }
            stored[i] = article;
        }
        return stored;
    }

    /** A duplicate is kept as a reference to its original and never published. @return whether it is one */
    private boolean markIfDuplicate(Article article, List<Candidate> candidates) {
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
        }
        return original != null;
    }

    /** The row a prepared line is stored as: RECEIVED (the outbox) until duplicate detection says otherwise. */
    private Article row(PreparedArticle prepared, Encoding encoding, String id, int version, Instant receivedAt) {
        ArticleSubmission submission = prepared.submission();
        CleanedArticle cleaned = prepared.cleaned();
        Article article = new Article();
        article.id = id;
        article.source = prepared.source();
        article.externalId = prepared.externalId();
        article.version = version;
        article.receivedAt = receivedAt;
        article.charset = encoding.charset();
        article.charsetConfidence = encoding.confidence();
        article.url = blankToNull(submission.url());
        article.title = cleaned.title();
        article.text = cleaned.text();
        article.publishedAt = cleaned.publishedAt() == null ? null : cleaned.publishedAt().toInstant();
        article.outlet = cleaned.outlet();
        article.byline = cleaned.byline();
        article.language = blankToNull(submission.language());
        article.contentHash = prepared.contentHash();
        article.minhash = prepared.signature() == null ? null : MinHash.toBytes(prepared.signature());
        article.removed = String.join("\n", cleaned.removed());
        article.cleanerVersion = cleanerVersion;
        article.status = ArticleStatus.RECEIVED;
        return article;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<IntakeResult> results(List<PreparedArticle> lines, Article[] existing, Article[] stored) {
        List<IntakeResult> results = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            results.add(existing[i] != null ? new IntakeResult(existing[i], false) : new IntakeResult(stored[i], true));
        }
        return results;
    }
}
