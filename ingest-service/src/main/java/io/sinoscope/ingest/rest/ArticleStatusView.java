package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.repository.Article;
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

    static ArticleStatusView of(Article a) {
        List<String> removed = a.removed == null || a.removed.isEmpty() ? List.of() : List.of(a.removed.split("\n"));
        return new ArticleStatusView(a.id, a.source, a.externalId, a.url, a.title, a.outlet, a.byline, a.status.name(), a.duplicateOf,
                a.version, a.charset, a.charsetConfidence, a.text, removed, a.publishedAt, a.receivedAt,
                a.publishedToKafkaAt, a.retractedAt);
    }
}
