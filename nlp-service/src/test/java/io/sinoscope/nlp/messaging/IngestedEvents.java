package io.sinoscope.nlp.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;

/** An {@code articles.ingested} event as ingest-service publishes it, for the tests that feed nlp-service. */
final class IngestedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestedEvents() {
    }

    static String json(String id, String text) throws Exception {
        var event = JSON.createObjectNode();
        event.put("schemaVersion", 1);
        event.put("id", id);
        event.put("externalId", "ext-" + id);
        event.put("source", "test-wire");
        event.put("title", "標題");
        event.put("text", text);
        event.put("publishedAt", "2026-11-04T02:00:00Z");
        event.put("contentHash", "hash-" + id);
        event.put("ingestedAt", "2026-11-04T02:00:01Z");
        return JSON.writeValueAsString(event);
    }
}
