package io.sinoscope.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.nlp.service.AnalysisDeadlineException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An article whose analysis runs past {@code sinoscope.analysis.deadline} is dead-lettered with the reason, its
 * length and the time spent, and the article behind it on the same partition is analysed: one slow text no longer
 * holds its partition (issue 21).
 */
@QuarkusTest
@TestProfile(AnalysisDeadlineTest.ShortDeadline.class)
@QuarkusTestResource(KafkaTestResource.class)
class AnalysisDeadlineTest {

    /** 500 ms: far above a news article's few milliseconds, far below 300,000 characters of tariff clauses. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.analysis.deadline", "500ms");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SHORT_TEXT = "新华社北京电，商务部今天发布公告。";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void slowArticleIsDeadLetteredAndTheNextOneOnItsPartitionIsAnalysed() throws Exception {
        // A first article warms the consumer and the JIT, so the short article below is timed warm; on a starved
        // machine it may itself miss the deadline, which is fine: it only has to have been handled.
        String warmUp = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, warmUp, IngestedEvents.json(warmUp, SHORT_TEXT));
        KafkaTestClient.await(Topics.ARTICLES_ENRICHED, r -> warmUp.equals(r.key()), Duration.ofSeconds(20));

        // Same key for both: one partition, so the second proves the partition moved on after the first.
        String key = UUID.randomUUID().toString();
        StringBuilder slow = new StringBuilder();
        while (slow.length() < 300_000) {
            slow.append("美国对中国商品加征关税由10%提高至25%，");
        }
        String slowText = slow.substring(0, 300_000);
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, key, IngestedEvents.json(key, slowText));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, key, IngestedEvents.json(key, SHORT_TEXT));

        ConsumerRecord<String, String> dead = KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ,
                r -> key.equals(r.key()), WAIT);
        assertNotNull(dead, "the slow article was not dead-lettered");
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith(AnalysisDeadlineException.REASON + ": "), reason);
        assertTrue(reason.contains("(300000 characters of text)"), reason);
        assertTrue(reason.contains("sinoscope.analysis.deadline (500 ms)"), reason);
        assertTrue(reason.matches("(?s).*stopped after \\d+ ms.*"), reason);
        assertEquals(slowText, json.readTree(dead.value()).get("text").asText(), "the DLQ keeps the event as sent");

        ConsumerRecord<String, String> next = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> key.equals(r.key()), WAIT);
        assertNotNull(next, "the article behind the slow one was not analysed");
        assertEquals(SHORT_TEXT, json.readTree(next.value()).get("text").asText());
    }
}
