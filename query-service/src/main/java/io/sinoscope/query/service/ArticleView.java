package io.sinoscope.query.service;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/v1/articles/{id}}: the enriched article. Offsets ({@code start}, {@code end}) point into
 * {@code text}, the original, as {@code [start, end)}. {@code cleaning} is null when ingest-service's report did not
 * reach this service (articles stored before it existed). {@code storyId} is the story it reports
 * ({@code GET /api/v1/stories/{id}}), null while it has none. {@code publishedAt} is UTC; {@code publishedLocal} the
 * same instant at the article's local offset (+08:00 for CN, HK and TW, Z otherwise).
 */
public record ArticleView(String id, String externalId, String source, String url, String title,
                          String normalizedTitle, String publishedAt, String publishedLocal, String text,
                          String normalizedText, String script, String region, Double regionConfidence, List<EntityView> entities,
                          List<FactView> facts, List<String> keywords, List<String> topics, String summary,
                          String contentHash, String analyzerVersion, String enrichedAt,
                          CleaningView cleaning, String storyId) {

    /**
     * @param name     the canonical English name
     * @param possible a possible link: every mention is a spelling the entity's names do not list, joined to it by
     *                 phonetic key (a Taiwan 史塔默 for the listed 斯塔默); shown as "possible"
     */
    public record EntityView(String id, String name, String type, List<MentionView> mentions, boolean possible) {
    }

    public record MentionView(String surface, int start, int end) {
    }

    /**
     * What ingest-service's cleaning removed from the article before it was analysed, and how its bytes were decoded.
     *
     * @param charsetConfidence 0–100; 100 when declared by the sender or certain
     * @param removed           one item per removal or repair, in the order cleaning made them
     * @param cleanerVersion    the cleaner that produced the text (ingest's version + its data files' hash), beside
     *                          {@code analyzerVersion}; null for articles cleaned before it was recorded
     */
    public record CleaningView(String charset, Integer charsetConfidence, List<RemovalView> removed,
                               String cleanerVersion) {
    }

    /**
     * @param kind HTML element (script, nav, footer, ...), links, line, breadcrumb, disclaimer, related list, or ocr
     *             for a repair of OCR damage
     * @param text what was removed, abbreviated; for ocr, what was repaired
     */
    public record RemovalView(String kind, String text) {
    }

    public record FactView(String kind, String text, Double value, String unit, String currency, String date,
                           int start, int end, Map<String, Object> attributes) {
    }
}
