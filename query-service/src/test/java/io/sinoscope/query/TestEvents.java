package io.sinoscope.query;

import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fixture events (own sentences) and their publication to the broker the app under test uses. */
public final class TestEvents {

    private TestEvents() {
    }

    public static ArticleEnriched article(String id, String title, String text, List<EnrichedEntity> entities,
            List<ExtractedFact> facts, String hash) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "ext-" + id, "test-wire",
                "https://example.org/" + id, title, text, Instant.parse("2025-03-04T05:06:07Z"), hash, title, text,
                "SIMPLIFIED", "CN", 0.9, entities, facts, List.of("芯片"), List.of("technology"), "摘要：" + title,
                "test-1", Instant.parse("2025-03-04T06:00:00Z"), null, null);
    }

    /** The same event with ingest-service's cleaning report (null: none, as from producers that predate it). */
    public static ArticleEnriched withCleaning(ArticleEnriched e, CleaningReport cleaning) {
        return new ArticleEnriched(e.schemaVersion(), e.id(), e.externalId(), e.source(), e.url(), e.title(),
                e.text(), e.publishedAt(), e.contentHash(), e.normalizedTitle(), e.normalizedText(), e.script(),
                e.region(), e.regionConfidence(), e.entities(), e.facts(), e.keywords(), e.topics(), e.summary(),
                e.analyzerVersion(), e.enrichedAt(), cleaning, e.textOffsets());
    }

    public static EnrichedEntity entity(String id, String name, String type, String surface, int start) {
        return new EnrichedEntity(id, name, type, List.of(mention(surface, start, start + surface.length())));
    }

    /**
     * A sure mention: a full name the gazetteer lists, as the linker sends it (confidence 1). A mention without a
     * confidence reads as 0, which query-service takes for a possible link (out of the entity facet and counts).
     */
    public static EntityMention mention(String surface, int start, int end) {
        return new EntityMention(surface, start, end, 1.0);
    }

    public static ExtractedFact percent(String text, double value, int start) {
        return new ExtractedFact("percent", text, value, "percent", null, null, start, start + text.length(),
                Map.of("approximate", false));
    }

    /** The event as nlp-service writes it (ISO dates, as the services' ObjectMapper does). */
    public static String json(ArticleEnriched event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Publishes a raw event value (null: a retraction) with ingest's version of the article in its header. */
    public static void send(String key, String json, long version) throws Exception {
        KafkaTestClient.send(Topics.ARTICLES_ENRICHED, key, json,
                Map.of(io.sinoscope.contracts.ArticleIngested.VERSION_HEADER, Long.toString(version)));
    }

    /** Publishes a raw event value to articles.enriched through the shared test broker's client. */
    public static void send(String key, String json) throws Exception {
        KafkaTestClient.send(Topics.ARTICLES_ENRICHED, key, json);
    }
}
