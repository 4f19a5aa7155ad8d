package io.sinoscope.nlp.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An {@code articles.ingested} event as ingest-service publishes it, for the tests that feed nlp-service. */
final class IngestedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestedEvents() {
    }

    /** An event as a producer that predates the cleaning report sends it: no {@code cleaning} field. */
    static String json(String id, String text) throws Exception {
        return JSON.writeValueAsString(event(id, text));
    }

    /** An event with ingest-service's cleaning report, given as its JSON. */
    static String json(String id, String text, String cleaning) throws Exception {
        var event = event(id, text);
        event.set("cleaning", JSON.readTree(cleaning));
        return JSON.writeValueAsString(event);
    }

    private static ObjectNode event(String id, String text) {
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
        return event;
    }
}
