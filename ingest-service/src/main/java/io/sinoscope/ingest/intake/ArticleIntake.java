package io.sinoscope.ingest.intake;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.sinoscope.ingest.cleaning.ArticleCleaner;
import io.sinoscope.ingest.cleaning.ArticleMetadata;
import io.sinoscope.ingest.cleaning.CleaningResult;
import io.sinoscope.ingest.cleaning.HtmlArticleExtractor;
import io.sinoscope.ingest.cleaning.LanguageGate;
import io.sinoscope.ingest.cleaning.UnicodeNormalizer;
import io.sinoscope.ingest.config.CleaningConfig;
import io.sinoscope.ingest.config.IntakeConfig;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.SourceGrant;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepts a submission: cleans it, and stores it through the write path every door shares ({@link IntakeStore}),
 * which decides whether it is new, a new version, or a repeat, in the same transaction that queues it for publication
 * (status RECEIVED is the outbox). Retractions are queued here too.
 */
@ApplicationScoped
public class ArticleIntake {

    /** Batch lines are JSON, which is Unicode by definition: their charset is certain. */
    static final Encoding BATCH_ENCODING = new Encoding(StandardCharsets.UTF_8.name(), 100);

    private final ArticleRepository articles;
    private final IntakeStore store;
    private final HtmlArticleExtractor htmlExtractor;
    private final ArticleCleaner cleaner;
    private final UnicodeNormalizer normalizer;
    private final Optional<LanguageGate> languageGate;
    private final DuplicateDetector duplicates;
    private final Duration timeout;
    private final int maxArticleBytes;

    public ArticleIntake(ArticleRepository articles, IntakeStore store, HtmlArticleExtractor htmlExtractor,
            ArticleCleaner cleaner, UnicodeNormalizer normalizer, CleaningConfig cleaning, DuplicateDetector duplicates,
            IntakeConfig intake) {
        this.articles = articles;
        this.store = store;
        this.htmlExtractor = htmlExtractor;
        this.cleaner = cleaner;
        this.normalizer = normalizer;
        this.languageGate = cleaning.enabled()
                ? Optional.of(new LanguageGate(cleaning.minChineseShare(), cleaning.minHanCharacters()))
                : Optional.empty();
        this.duplicates = duplicates;
        this.timeout = intake.timeout();
        this.maxArticleBytes = intake.maxArticleBytes();
    }

    /** A JSON submission: JSON is Unicode by definition, so its charset is certain. */
    public Uni<IntakeResult> accept(ArticleSubmission submission) {
        return accept(submission, BATCH_ENCODING);
    }

    /**
     * Stores the submission within {@code sinoscope.intake.timeout}, or fails with a 503 problem: a client is never
     * left waiting on a database that hangs, and is told to resend (which is idempotent), never that it was stored.
     *
     * <p>Cleaning (HTML extraction included) runs on a worker thread before the transaction: it is the CPU-heavy
     * part, and on the event loop it would stall every other request of that loop, inside a transaction it would
     * hold a database connection while it runs. The transaction then runs back on the caller's Vert.x context, so the
     * answer is written from the request's own context.
     *
     * @param encoding how the submission's bytes were decoded, recorded with the article
     */
    public Uni<IntakeResult> accept(ArticleSubmission submission, Encoding encoding) {
        Context caller = Vertx.currentContext();
        Uni<PreparedArticle> prepared = Uni.createFrom().item(() -> prepare(submission))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        if (caller != null) {
            prepared = prepared.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        }
        return prepared.flatMap(article -> store.store(article, encoding))
                .ifNoItem().after(timeout).failWith(this::timedOut);
    }

    /**
     * Stores an article already prepared (a batch line stored alone), within {@code sinoscope.intake.timeout} as
     * {@link #accept} does.
     */
    public Uni<IntakeResult> accept(PreparedArticle prepared) {
        return store.store(prepared, BATCH_ENCODING).ifNoItem().after(timeout).failWith(this::timedOut);
    }

    /** How long storing one article (or one group of batch lines) may take: {@code sinoscope.intake.timeout}. */
    public Duration timeout() {
        return timeout;
    }

    /** The 503 for an article not stored in time. */
    public ProblemException timedOut() {
        return ProblemException.unavailable("storing the article took longer than " + timeout.toSeconds() + " s (is "
                + "the database overloaded?); it may or may not be stored: resend it, resending the same source and "
                + "externalId is safe", 5);
    }

    /**
     * Cleans and fingerprints a submission (a batch line, or a single article on a worker thread) before its
     * transaction, so that a line cleaning refuses fails alone, and no CPU-heavy work runs while a transaction holds a
     * connection.
     *
     * @throws ProblemException when the submission cannot be stored (no text left, not Chinese, too large)
     */
    public PreparedArticle prepare(ArticleSubmission submission) {
        CleanedArticle cleaned = clean(submission);
        String hash = ContentHash.of(cleaned.title(), cleaned.text());
        int[] signature = duplicates.signature(cleaned.text()).orElse(null);
        return new PreparedArticle(submission, cleaned, hash, signature);
    }

    private CleanedArticle clean(ArticleSubmission submission) {
        String title = submission.title();
        String text;
        String pageTime = null;
        List<String> removed = new ArrayList<>();
        if (submission.text() != null && !submission.text().isBlank()) {
            // Scraped "plain text" often still carries entities (&gt; &#x2F;) from the page it was copied out of.
            text = Parser.unescapeEntities(submission.text(), false);
        } else if (submission.html() != null && !submission.html().isBlank()) {
            HtmlArticleExtractor.ExtractedPage page = htmlExtractor.extract(submission.html());
            title = title != null && !title.isBlank() ? title : page.title();
            text = page.text();
            pageTime = page.publicationTime();
            removed.addAll(page.removed());
        } else {
            throw ProblemException.badRequest("either 'text' (the article as plain text) or 'html' (the page) is "
                    + "required and must not be blank");
        }
        CleaningResult cleaned = cleaner.clean(text, Instant.now(), pageTime);
        if (cleaned.text().isEmpty()) {
            throw ProblemException.badRequest("no article text remains after removing markup and boilerplate; "
                    + "send the article body as 'text'");
        }
        languageGate.ifPresent(gate -> gate.check(cleaned.text()));
        removed.addAll(cleaned.removed());
        ArticleMetadata found = cleaned.metadata();
        // What the client sent wins over what the text suggests: it knows its own feed.
        String finalTitle = title != null && !title.isBlank() ? normalizer.normalize(title) : found.title().orElse(null);
        OffsetDateTime publishedAt = submission.publishedAt() != null ? submission.publishedAt()
                : found.publishedAt().orElse(null);
        checkSize(finalTitle, cleaned.text(), removed);
        return new CleanedArticle(finalTitle, cleaned.text(), List.copyOf(removed), publishedAt,
                found.outlet().orElse(null), found.byline().orElse(null));
    }

    /** An article whose events could not be published would wait in the outbox forever: refuse it now. */
    private void checkSize(String title, String text, List<String> removed) {
        long bytes = utf8Length(title) + utf8Length(text);
        for (String line : removed) {
            bytes += utf8Length(line);
        }
        if (bytes > maxArticleBytes) {
            throw ProblemException.unprocessable("the article is " + bytes + " bytes of UTF-8 after cleaning (text, "
                    + "title and what cleaning removed); at most " + maxArticleBytes + " fit the pipeline's messages "
                    + "(sinoscope.intake.max-article-bytes): send it in parts");
        }
    }

    private static long utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Queues a retraction: the relay publishes a tombstone, which nlp-service forwards and query-service honours.
     * Retracting twice is a no-op; a later submission under the same source and externalId revives the article.
     *
     * @param grant the sources the caller may write: the stored article's source must be one of them
     */
    @WithTransaction
    public Uni<IntakeResult> retract(String id, SourceGrant grant) {
        return articles.findById(id).map(article -> {
            if (article == null) {
                throw ProblemException.notFound("no article with id " + id);
            }
            grant.require(article.source, "retract articles of");
            if (article.status != ArticleStatus.RETRACTING && article.status != ArticleStatus.RETRACTED) {
                article.status = ArticleStatus.RETRACTING;
                article.retractedAt = Instant.now();
                article.receivedAt = article.retractedAt;
            }
            return article;
        }).call(article -> articles.deleteBuckets(article.id)).map(article -> new IntakeResult(article, true));
    }
}
