package io.sinoscope.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BatchResourceTest {

    @Test
    void everyLineGetsItsOwnResultAndABrokenLineDoesNotFailTheOthers() throws Exception {
        String source = "batch-" + UUID.randomUUID();
        String batch = String.join("\n",
                "{\"source\":\"" + source + "\",\"externalId\":\"a\",\"text\":\"印尼宣布暂停镍矿出口许可审批。\"}",
                "{\"source\":\"" + source + "\",\"externalId\":\"b\",\"text\":",
                "",
                "{\"externalId\":\"c\",\"text\":\"缺少来源的文章。\"}",
                "{\"source\":\"" + source + "\",\"externalId\":\"a\",\"text\":\"印尼宣布暂停镍矿出口许可审批。\"}",
                "{\"source\":\"" + source + "\",\"externalId\":\"d\",\"title\":\"无正文\"}") + "\n";

        List<JsonNode> results = BatchCalls.post(batch);

        assertEquals(5, results.size(), results.toString());
        assertEquals(1, results.get(0).get("line").asInt());
        assertEquals("RECEIVED", results.get(0).get("status").asText());
        assertEquals(2, results.get(1).get("line").asInt());
        assertEquals(400, results.get(1).get("error").get("status").asInt());
        assertTrue(results.get(1).get("error").get("detail").asText().contains("not a valid article"));
        assertEquals(4, results.get(2).get("line").asInt());
        assertTrue(results.get(2).get("error").get("detail").asText().contains("source"));
        assertEquals(results.get(0).get("id").asText(), results.get(3).get("id").asText(), "same externalId, same id");
        assertEquals(6, results.get(4).get("line").asInt());
        assertTrue(results.get(4).get("error").get("detail").asText().contains("'text'"));
        assertEquals(1, IngestTestDatabase.countArticles("source = ?", source));
    }

    @Test
    void aBatchLineRecordsTheCleanerThatProducedIt() throws Exception {
        String source = "batch-" + UUID.randomUUID();
        List<JsonNode> results = BatchCalls.post("{\"source\":\"" + source
                + "\",\"externalId\":\"v\",\"text\":\"印尼宣布暂停镍矿出口许可审批，批次" + System.nanoTime() + "。\"}\n");

        assertEquals("RECEIVED", results.get(0).get("status").asText(), results.toString());
        assertEquals(1, IngestTestDatabase.countArticles("source = ? AND cleaner_version LIKE ('%+data.' || repeat('_', 12))",
                source));
    }

    @Test
    void aNullLineIsAnErrorLineAndTheBatchGoesOn() throws Exception {
        // Found by system-tests' FuzzIT: a line reading null ended the whole response with a 500 mid-stream.
        String source = "batch-null-" + UUID.randomUUID();
        String batch = "null\n {\"source\":\"" + source + "\",\"externalId\":\"n\",\"text\":\"印尼宣布暂停镍矿出口许可审批。\"}\n";

        List<JsonNode> results = BatchCalls.post(batch);

        assertEquals(2, results.size(), results.toString());
        assertEquals(400, results.get(0).get("error").get("status").asInt());
        assertTrue(results.get(0).get("error").get("detail").asText().contains("null"));
        assertTrue(results.get(1).hasNonNull("id"), "the next line is stored: " + results.get(1));
        assertEquals(1, IngestTestDatabase.countArticles("source = ?", source));
    }

    @Test
    void aLargeBatchIsStoredInFull() throws Exception {
        String source = "batch-large-" + UUID.randomUUID();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            batch.append("{\"source\":\"").append(source).append("\",\"externalId\":\"n").append(i)
                    .append("\",\"text\":\"第").append(i).append("篇：欧盟委员会讨论对进口电动车征收反补贴税。\"}\n");
        }

        List<JsonNode> results = BatchCalls.post(batch.toString());

        assertEquals(300, results.size());
        assertTrue(results.stream().allMatch(r -> r.has("id")), "every line stored");
        assertEquals(300, IngestTestDatabase.countArticles("source = ?", source));
    }
}
