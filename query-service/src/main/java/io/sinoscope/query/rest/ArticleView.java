package io.sinoscope.query.rest;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/v1/articles/{id}}: the enriched article. Offsets ({@code start}, {@code end}) point into
 * {@code text}, the original, as {@code [start, end)}.
 */
public record ArticleView(String id, String externalId, String source, String url, String title,
                          String normalizedTitle, String publishedAt, String text, String normalizedText,
                          String script, String region, Double regionConfidence, List<EntityView> entities,
                          List<FactView> facts, List<String> keywords, List<String> topics, String summary,
                          String contentHash, String analyzerVersion, String enrichedAt) {

    /** @param name the canonical English name */
    public record EntityView(String id, String name, String type, List<MentionView> mentions) {
    }

    public record MentionView(String surface, int start, int end) {
    }

    public record FactView(String kind, String text, Double value, String unit, String currency, String date,
                           int start, int end, Map<String, Object> attributes) {
    }
}
