package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.service.StoredArticle;
import java.time.Instant;
import java.util.List;

/** What ingest-service knows of an article: its status, the cleaned text and what cleaning removed. */
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
                a.status(), a.duplicateOf(), a.version(), a.charset(), a.charsetConfidence(), a.text(), a.removed(),
                a.publishedAt(), a.receivedAt(), a.publishedToKafkaAt(), a.retractedAt());
    }
}
