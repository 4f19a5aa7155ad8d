package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.config.DedupConfig;
import io.sinoscope.ingest.dedup.DuplicateKind;
import io.sinoscope.ingest.dedup.MinHash;
import io.sinoscope.ingest.dedup.NearDuplicateRule;
import io.sinoscope.ingest.repository.Article;
import io.sinoscope.ingest.repository.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article a new one duplicates: first the same cleaned content from any source, then (if enabled) the
 * most similar MinHash signature that {@link NearDuplicateRule} calls a repost or update. Among equals the earliest-received
 * original wins, so duplicates of duplicates all point at the first article. The rule only: the candidates come from
 * the write path ({@link IntakeStore}), which looks them up for a whole group at once.
 */
@ApplicationScoped
public class DuplicateDetector {

    private static final Comparator<Article> EARLIEST_RECEIVED = Comparator.comparing(a -> a.receivedAt);

    private final DedupConfig config;
    private final NearDuplicateRule rule;

    public DuplicateDetector(DedupConfig config) {
        this.config = config;
        this.rule = NearDuplicateRule.of(config);
    }

    public Optional<int[]> signature(String text) {
        return rule.signature(text);
    }

    /**
     * The original an article duplicates and how: the kind and the estimated similarity of their bodies.
     */
    public record Original(Article article, DuplicateKind kind, double similarity) {

        /** Marks {@code duplicate} as a DUPLICATE of this original. */
        public void mark(Article duplicate) {
            duplicate.status = ArticleStatus.DUPLICATE;
            duplicate.duplicateOf = article.id;
            duplicate.duplicateKind = kind.name();
            duplicate.duplicateSimilarity = (float) similarity;
        }
    }

    public boolean nearDuplicatesEnabled() {
        return config.nearDuplicates();
    }

    /** The signature near-duplicates are looked up by: null when the article has none or they are disabled. */
    public int[] nearSignature(Article article) {
        return config.nearDuplicates() && article.minhash != null ? MinHash.fromBytes(article.minhash) : null;
    }

    /**
     * Picks the original among candidates (originals with the same content hash or, when {@code signature} is given,
     * sharing an LSH bucket with it): the earliest with exactly the content, else the most similar among those the
     * near-duplicate rule accepts, the earliest among equals; null when none qualifies.
     */
    public Original originalAmong(List<Article> candidates, Article article, int[] signature) {
        Optional<Article> exact = candidates.stream()
                .filter(c -> c.contentHash.equals(article.contentHash))
                .min(EARLIEST_RECEIVED);
        if (exact.isPresent()) {
            return new Original(exact.get(), DuplicateKind.SAME_CONTENT, 1.0);
        }
        if (signature == null) {
            return null;
        }
        return candidates.stream()
                .filter(c -> c.minhash != null)
                .filter(c -> rule.duplicates(MinHash.fromBytes(c.minhash), signature))
                .max(Comparator.<Article>comparingDouble(c -> similarity(c, signature))
                        .thenComparing(EARLIEST_RECEIVED.reversed()))
                .map(original -> {
                    double similarity = similarity(original, signature);
                    return new Original(original, DuplicateKind.of(false, original.source.equals(article.source),
                            similarity, config.minRepostSimilarity()), similarity);
                })
                .orElse(null);
    }

    private static double similarity(Article candidate, int[] signature) {
        return MinHash.similarity(MinHash.fromBytes(candidate.minhash), signature);
    }
}
