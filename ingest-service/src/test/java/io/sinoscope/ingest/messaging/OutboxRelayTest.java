package io.sinoscope.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Against the real in-process broker: what the relay puts on articles.ingested is the contract, keyed by id. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OutboxRelayTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptedArticleIsPublishedKeyedByIdWithTheContractFields() throws Exception {
        String text = "日本政府宣布，将对半导体材料出口实施新的审查程序。" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("source", "relay-test", "externalId", "relay-" + UUID.randomUUID(), "title", "出口审查",
                        "text", text, "publishedAt", "2026-11-03T08:00:00Z"))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        JsonNode event = awaitEvent(id);

        assertEquals(1, event.get("schemaVersion").asInt());
        assertEquals(id, event.get("id").asText());
        assertEquals("relay-test", event.get("source").asText());
        assertEquals("出口审查", event.get("title").asText());
        assertEquals(text, event.get("text").asText());
        assertEquals("2026-11-03T08:00:00Z", event.get("publishedAt").asText());
        assertEquals(64, event.get("contentHash").asText().length());
        assertNotNull(event.get("ingestedAt"));
    }

    private JsonNode awaitEvent(String id) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            // Assigning partitions directly reads the topic without joining a consumer group.
            var partitions = consumer.partitionsFor(Topics.ARTICLES_INGESTED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(record.key())) {
                        return json.readTree(record.value());
                    }
                }
            }
        }
        return fail("no event for article " + id + " on " + Topics.ARTICLES_INGESTED + " within 30 s");
    }
}
