package io.sinoscope.ingest.service;

import io.sinoscope.ingest.repository.Article;
import java.time.Instant;
import java.util.List;

/**
 * An article as ingest holds it, read once from its row: what {@code GET /api/v1/articles/{id}} shows (its status,
 * the cleaned text and what cleaning removed; for a duplicate its original, how it relates to it and how similar it
 * is), without handing the persistent entity (and its lazy session state) past the service layer.
 *
 * @param duplicateKind  how a DUPLICATE relates to {@code duplicateOf}: SAME_CONTENT, REPOST or UPDATE; null otherwise
 * @param similarity     a DUPLICATE's estimated body similarity to its original (0 to 1); null otherwise
 * @param newerVersionOf for an UPDATE, the article it is a newer version of (its {@code duplicateOf}); null otherwise
 * @param removed        what cleaning removed, one entry per line of the cleaning report
 * @param cleanerVersion the cleaner that produced {@code text} (code version + data fingerprint); null for articles
 *                       stored before it was recorded
 */
public record StoredArticle(
        String id,
        String source,
        String externalId,
        String url,
        String title,
        String outlet,
        String byline,
        String status,
        String duplicateOf,
        String duplicateKind,
        Float similarity,
        String newerVersionOf,
        int version,
        String charset,
        int charsetConfidence,
        String text,
        List<String> removed,
        String cleanerVersion,
        Instant publishedAt,
        Instant receivedAt,
        Instant publishedToKafkaAt,
        Instant retractedAt) {

    public static StoredArticle of(Article a) {
        List<String> removed = a.removed == null || a.removed.isEmpty() ? List.of() : List.of(a.removed.split("\n"));
        return new StoredArticle(a.id, a.source, a.externalId, a.url, a.title, a.outlet, a.byline, a.status.name(),
                a.duplicateOf, a.duplicateKind, a.duplicateSimilarity,
                "UPDATE".equals(a.duplicateKind) ? a.duplicateOf : null, a.version, a.charset, a.charsetConfidence, a.text, removed, a.cleanerVersion, a.publishedAt,
                a.receivedAt, a.publishedToKafkaAt, a.retractedAt);
    }
}
