package io.sinoscope.ingest.messaging;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Against the real in-process broker: what the relay puts on articles.ingested is the contract, keyed by id. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptedArticleIsPublishedKeyedByIdWithTheContractFields() throws Exception {
        String text = "日本政府宣布，将对半导体材料出口实施新的审查程序。" + UUID.randomUUID();
        String id = submit(Map.of("source", "relay-test", "externalId", "relay-" + UUID.randomUUID(),
                "title", "出口审查", "text", text, "publishedAt", "2026-11-03T08:00:00Z"));

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_INGESTED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "no event for article " + id + " on " + Topics.ARTICLES_INGESTED);
        JsonNode event = json.readTree(record.value());
        assertEquals(1, event.get("schemaVersion").asInt());
        assertEquals(id, event.get("id").asText());
        assertEquals("relay-test", event.get("source").asText());
        assertEquals("出口审查", event.get("title").asText());
        assertEquals(text, event.get("text").asText());
        assertEquals("2026-11-03T08:00:00Z", event.get("publishedAt").asText());
        assertEquals(64, event.get("contentHash").asText().length());
        assertNotNull(event.get("ingestedAt"));
    }

    @Test
    void retractionIsPublishedAsATombstoneAfterTheArticle() {
        String id = submit(Map.of("source", "retract-test", "externalId", "retract-" + UUID.randomUUID(),
                "text", "越南宣布下调部分农产品进口关税。"));
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));

        given().when().delete("/api/v1/articles/" + id)
                .then().statusCode(202).body("status", equalTo("RETRACTING"));

        var records = KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> id.equals(r.key()), 2, WAIT);
        assertEquals(2, records.size(), "expected the article and then its tombstone");
        assertNotNull(records.get(0).value());
        assertNull(records.get(1).value());
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then()
                .body("status", equalTo("RETRACTED")).body("retractedAt", notNullValue()));
    }

    @Test
    void retractingAnUnknownArticleIsAProblem() {
        given().when().delete("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String submit(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }
}
