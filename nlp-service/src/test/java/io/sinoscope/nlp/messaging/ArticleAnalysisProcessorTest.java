package io.sinoscope.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.Topics;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Against the real in-process broker, through the service's own consumer group. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ArticleAnalysisProcessorTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String TAIWAN_TEXT = "美國總統川普週二表示，將限制先進晶片出口。台積電股價應聲下跌。";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void taiwanArticleIsNormalisedLinkedAndPublishedUnderItsId() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, IngestedEvents.json(id, TAIWAN_TEXT));

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "no enriched event for " + id);
        JsonNode enriched = json.readTree(record.value());
        assertEquals(TAIWAN_TEXT, enriched.get("text").asText());
        assertEquals("TW", enriched.get("region").asText());
        String normalized = enriched.get("normalizedText").asText();
        assertTrue(normalized.contains("芯片"), normalized);
        // The offset runs take search snippets from the normalised text back to the Traditional original.
        int[] runs = new int[enriched.get("textOffsets").size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = enriched.get("textOffsets").get(i).asInt();
        }
        OffsetMap offsets = OffsetMap.fromRuns(TAIWAN_TEXT.length(), runs);
        assertEquals(normalized.length(), offsets.normalizedLength());
        int chip = normalized.indexOf("芯片");
        assertEquals("晶片", TAIWAN_TEXT.substring(offsets.toOriginal(chip), offsets.toOriginalEnd(chip + 2)));
        JsonNode trump = entityNamed(enriched, "Donald Trump");
        assertNotNull(trump, "Donald Trump not linked: " + enriched.get("entities"));
        JsonNode mention = trump.get("mentions").get(0);
        assertEquals("川普", mention.get("surface").asText());
        assertEquals("川普", TAIWAN_TEXT.substring(mention.get("start").asInt(), mention.get("end").asInt()));
        assertEquals("hash-" + id, enriched.get("contentHash").asText());
        assertTrue(enriched.get("analyzerVersion").asText().matches(".+\\+data\\.[0-9a-f]{12}"),
                "analyzerVersion names code and data: " + enriched.get("analyzerVersion"));
    }

    @Test
    void cleaningReportIsCarriedOverAndItsAbsenceStaysAbsent() throws Exception {
        String cleaning = "{\"charset\":\"Big5-HKSCS\",\"charsetConfidence\":62,\"removed\":["
                + "{\"kind\":\"breadcrumb\",\"text\":\"首頁 > 財經 > 正文\"},"
                + "{\"kind\":\"line\",\"text\":\"責任編輯：陳某\"},"
                + "{\"kind\":\"ocr\",\"text\":\"joined 1 broken line\"}]}";
        String reported = UUID.randomUUID().toString();
        String unreported = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, reported, IngestedEvents.json(reported, TAIWAN_TEXT, cleaning));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, unreported, IngestedEvents.json(unreported, TAIWAN_TEXT));

        ConsumerRecord<String, String> withReport = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> reported.equals(r.key()), WAIT);
        ConsumerRecord<String, String> withoutReport = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> unreported.equals(r.key()), WAIT);

        assertNotNull(withReport, "no enriched event for " + reported);
        assertEquals(json.readTree(cleaning), json.readTree(withReport.value()).get("cleaning"));
        assertNotNull(withoutReport, "no enriched event for " + unreported);
        JsonNode none = json.readTree(withoutReport.value()).get("cleaning");
        assertTrue(none == null || none.isNull(), "an event without a report gained one: " + none);
    }

    @Test
    void poisonEventGoesToTheDlqAndThePartitionKeepsFlowing() throws Exception {
        // Same key: same partition, so the good event after the poison one proves the partition is not blocked.
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, key, "{\"schemaVersion\":1,\"id\":");
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, key, IngestedEvents.json(key, "新华社北京电，商务部今天发布公告。"));

        ConsumerRecord<String, String> dead = KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ,
                r -> key.equals(r.key()), WAIT);
        assertNotNull(dead, "poison event not in the DLQ");
        assertEquals("{\"schemaVersion\":1,\"id\":", dead.value());
        var reason = dead.headers().lastHeader("dead-letter-reason");
        assertNotNull(reason, "DLQ record carries no reason");
        assertTrue(new String(reason.value(), StandardCharsets.UTF_8).contains("not a valid event"));

        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_ENRICHED, r -> key.equals(r.key()), WAIT),
                "the good event behind the poison one was not processed");
    }

    @Test
    void eventWithoutTextIsDeadLetteredWithTheReason() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id,
                "{\"schemaVersion\":1,\"id\":\"" + id + "\",\"source\":\"s\",\"contentHash\":\"h\"}");

        ConsumerRecord<String, String> dead = KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(dead);
        assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("has no text"));
    }

    @Test
    void retractionPassesThroughAsATombstone() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, null);

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "tombstone not forwarded");
        assertNull(record.value());
    }

    private static JsonNode entityNamed(JsonNode enriched, String name) {
        for (JsonNode entity : enriched.get("entities")) {
            if (name.equals(entity.get("name").asText())) {
                return entity;
            }
        }
        return null;
    }
}
