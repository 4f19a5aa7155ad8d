package io.sinoscope.ingest.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.sinoscope.ingest.repository.Article;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.ingest.rest.ArticleSubmission;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Accepts a submission: cleans it, decides whether it is new, a new version, or a repeat, and stores it in the same
 * transaction that queues it for publication (status RECEIVED is the outbox).
 */
@ApplicationScoped
public class ArticleIntake {

    private final ArticleRepository articles;
    private final TextCleaner textCleaner;
    private final HtmlArticleExtractor htmlExtractor;

    public ArticleIntake(ArticleRepository articles, TextCleaner textCleaner, HtmlArticleExtractor htmlExtractor) {
        this.articles = articles;
        this.textCleaner = textCleaner;
        this.htmlExtractor = htmlExtractor;
    }

    @WithTransaction
    public Uni<IntakeResult> accept(ArticleSubmission submission) {
        CleanedArticle cleaned = clean(submission);
        String hash = ContentHash.of(cleaned.title(), cleaned.text());
        String source = submission.source().strip();
        if (submission.externalId() != null && !submission.externalId().isBlank()) {
            return articles.findBySourceAndExternalId(source, submission.externalId().strip())
                    .flatMap(existing -> existing == null
                            ? insert(submission, cleaned, hash)
                            : replace(existing, submission, cleaned, hash));
        }
        // Without an externalId the content is the identity: the same text from the same source is one article.
        return articles.findOriginalWithContent(source, hash)
                .flatMap(existing -> existing == null
                        ? insert(submission, cleaned, hash)
                        : Uni.createFrom().item(new IntakeResult(existing, false)));
    }

    private CleanedArticle clean(ArticleSubmission submission) {
        CleanedArticle cleaned;
        if (submission.text() != null && !submission.text().isBlank()) {
            cleaned = new CleanedArticle(submission.title(), submission.text(), List.of());
        } else if (submission.html() != null && !submission.html().isBlank()) {
            CleanedArticle fromHtml = htmlExtractor.extract(submission.html());
            String title = submission.title() != null && !submission.title().isBlank() ? submission.title()
                    : fromHtml.title();
            cleaned = new CleanedArticle(title, fromHtml.text(), fromHtml.removed());
        } else {
            throw ProblemException.badRequest("either 'text' (the article as plain text) or 'html' (the page) is "
                    + "required and must not be blank");
        }
        String text = textCleaner.clean(cleaned.text());
        if (text.isEmpty()) {
            throw ProblemException.badRequest("no article text remains after removing markup and boilerplate; "
                    + "send the article body as 'text'");
        }
        return new CleanedArticle(textCleaner.clean(cleaned.title()), text, cleaned.removed());
    }

    private Uni<IntakeResult> insert(ArticleSubmission submission, CleanedArticle cleaned, String hash) {
        Article article = new Article();
        article.id = UUID.randomUUID().toString();
        article.source = submission.source().strip();
        article.externalId = blankToNull(submission.externalId());
        article.version = 1;
        article.receivedAt = Instant.now();
        fill(article, submission, cleaned, hash);
        return articles.persist(article).map(a -> new IntakeResult(a, true));
    }

    private Uni<IntakeResult> replace(Article existing, ArticleSubmission submission, CleanedArticle cleaned,
            String hash) {
        if (existing.contentHash.equals(hash)) {
            return Uni.createFrom().item(new IntakeResult(existing, false));
        }
        existing.version++;
        existing.receivedAt = Instant.now();
        existing.publishedToKafkaAt = null;
        fill(existing, submission, cleaned, hash);
        return Uni.createFrom().item(new IntakeResult(existing, true));
    }

    private static void fill(Article article, ArticleSubmission submission, CleanedArticle cleaned, String hash) {
        article.url = blankToNull(submission.url());
        article.title = cleaned.title();
        article.text = cleaned.text();
        article.publishedAt = submission.publishedAt() == null ? null : submission.publishedAt().toInstant();
        article.language = blankToNull(submission.language());
        article.contentHash = hash;
        article.removed = String.join("\n", cleaned.removed());
        article.status = ArticleStatus.RECEIVED;
        article.duplicateOf = null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
