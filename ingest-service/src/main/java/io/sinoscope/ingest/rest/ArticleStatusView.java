package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.service.StoredArticle;
import java.time.Instant;
import java.util.List;

/**
 * What ingest-service knows of an article: its status, the cleaned text and what cleaning removed; for a duplicate,
 * its original, how it relates to it (SAME_CONTENT, REPOST, UPDATE) and how similar it is, and for an update the
 * article it is a newer version of.
 */
public record ArticleStatusView(
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
        Instant publishedAt,
        Instant receivedAt,
        Instant publishedToKafkaAt,
        Instant retractedAt) {

    static ArticleStatusView of(StoredArticle a) {
        return new ArticleStatusView(a.id(), a.source(), a.externalId(), a.url(), a.title(), a.outlet(), a.byline(),
                a.status(), a.duplicateOf(), a.duplicateKind(), a.similarity(), a.newerVersionOf(), a.version(),
                a.charset(), a.charsetConfidence(), a.text(), a.removed(), a.publishedAt(), a.receivedAt(),
                a.publishedToKafkaAt(), a.retractedAt());
    }
}
