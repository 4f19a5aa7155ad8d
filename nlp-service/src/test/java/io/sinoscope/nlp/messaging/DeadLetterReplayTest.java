package io.sinoscope.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.nlp.config.AnalysisConfig;
import io.sinoscope.nlp.service.ArticleEnricher;
import io.sinoscope.support.deadletter.DeadLetter;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * The poison-message path end to end on the real in-process broker: an article analysis refuses (text longer than
 * the configured limit) is dead-lettered with its reason while its partition keeps flowing; after the fix (the limit
 * raised) a replay re-drives it to articles.enriched; a record that is still poison goes back to the DLQ instead of
 * looping, and a second replay does not send the first one again.
 */
@QuarkusTest
@TestProfile(DeadLetterReplayTest.ShortTextLimit.class)
@QuarkusTestResource(KafkaTestResource.class)
class DeadLetterReplayTest {

    /** Analysis refuses texts over 200 characters in this profile. */
    public static class ShortTextLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.analysis.max-text-chars", "200");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String KEY = "test-key";
    private static final String SENTENCE = "美國總統川普週二表示，將限制先進晶片出口。台積電股價應聲下跌。";
    private static final String UNPARSABLE = "{\"schemaVersion\":1,\"id\":";
    private static final int INGESTED_PARTITIONS = 6;

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    TextAnalyzer analyzer;
    @Inject
    AnalysisConfig config;

    @Test
    void tooLongArticleIsDeadLetteredThenReplayedOnceTheLimitIsRaised() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        String longId = UUID.randomUUID().toString();
        String goodId = keyOnTheSamePartitionAs(longId);
        String brokenId = UUID.randomUUID().toString();
        String longText = SENTENCE.repeat(10); // 320 characters
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, longId, IngestedEvents.json(longId, longText));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, goodId, IngestedEvents.json(goodId, SENTENCE));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, brokenId, UNPARSABLE);

        // Dead-lettered with a reason an operator can act on; the good article behind it on its partition flows.
        ConsumerRecord<String, String> dead = KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ,
                r -> longId.equals(r.key()), WAIT);
        assertNotNull(dead, "the too-long article was not dead-lettered");
        String reason = KafkaTestClient.header(dead, "dead-letter-reason");
        assertTrue(reason.contains("sinoscope.analysis.max-text-chars (200)"), reason);
        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_ENRICHED, r -> goodId.equals(r.key()), WAIT),
                "the article behind the dead-lettered one on its partition was not enriched");
        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ, r -> brokenId.equals(r.key()), WAIT));

        // Operators see it, with its error, and that a replay would send it.
        JsonPath overview = given().header("X-Api-Key", KEY).queryParam("recent", 100).get("/api/v1/admin/dlq")
                .then().statusCode(200).body("topic", equalTo(Topics.ARTICLES_INGESTED_DLQ)).extract().jsonPath();
        assertTrue(overview.getLong("size") >= 2 && overview.getLong("pending") >= 2, overview.prettify());
        Map<String, Object> listed = deadLetterOf(overview, longId);
        assertTrue(((String) listed.get("error")).contains("max-text-chars"), listed.toString());
        assertEquals(0, listed.get("replays"));
        assertEquals("io.sinoscope.nlp.service.InvalidEventException", listed.get("exception"));
        assertNotNull(listed.get("deadLetteredAt"));
        given().get("/api/v1/admin/dlq").then().statusCode(401);

        // The fix: the limit raised (a redeploy with a new sinoscope.analysis.max-text-chars, here without restart).
        QuarkusMock.installMockForType(new ArticleEnricher(analyzer, limit(1_000_000)), ArticleEnricher.class);

        JsonPath first = replay(since);
        assertTrue(first.getLong("counts.replayed") >= 2, first.prettify());
        ConsumerRecord<String, String> enriched = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> longId.equals(r.key()), WAIT);
        assertNotNull(enriched, "the replayed article was not enriched");
        assertEquals(longText, json.readTree(enriched.value()).get("text").asText());

        // Still poison: back in the DLQ with its new error and a replay count, not re-sent by the same job.
        List<ConsumerRecord<String, String>> brokenCopies = KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED_DLQ,
                r -> brokenId.equals(r.key()), 2, WAIT);
        assertEquals(2, brokenCopies.size(), "the still-broken record was not dead-lettered again");
        assertEquals("1", KafkaTestClient.header(brokenCopies.get(1), DeadLetter.REPLAYS));

        // A second replay sends only what was dead-lettered since the first one: the broken copy, not the article.
        JsonPath second = replay(since);
        assertEquals(1, second.getLong("counts.replayed"), second.prettify());
        assertEquals(3, KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED_DLQ, r -> brokenId.equals(r.key()), 3, WAIT)
                .size());
        assertEquals(1, KafkaTestClient.awaitAll(Topics.ARTICLES_ENRICHED, r -> longId.equals(r.key()), 2,
                Duration.ofSeconds(3)).size(), "the article was replayed twice");
    }

    @Test
    void replayParametersAreChecked() {
        given().header("X-Api-Key", KEY).post("/api/v1/admin/dlq/replay?limit=0").then().statusCode(400);
        given().header("X-Api-Key", KEY).post("/api/v1/admin/dlq/replay?since=yesterday").then().statusCode(400);
        given().post("/api/v1/admin/dlq/replay").then().statusCode(401);
        given().header("X-Api-Key", KEY).get("/api/v1/admin/jobs/nope").then().statusCode(404);
    }

    /** Starts a replay and waits for its job to finish. */
    private static JsonPath replay(String since) throws InterruptedException {
        String location = given().header("X-Api-Key", KEY).queryParam("since", since)
                .post("/api/v1/admin/dlq/replay").then().statusCode(202).body("type", equalTo("dlq-replay"))
                .extract().header("Location");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().header("X-Api-Key", KEY).get(location).then().statusCode(200).extract().jsonPath();
            if ("SUCCEEDED".equals(job.getString("state"))) {
                return job;
            }
            assertTrue(!"FAILED".equals(job.getString("state")), job.prettify());
            Thread.sleep(200);
        }
        throw new AssertionError("replay job did not finish: " + location);
    }

    private AnalysisConfig limit(int maxTextChars) {
        String version = config.version();
        Duration deadline = config.deadline();
        return new AnalysisConfig() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public int maxTextChars() {
                return maxTextChars;
            }

            @Override
            public Duration deadline() {
                return deadline;
            }
        };
    }

    /** A new article id whose events share a partition with {@code key}'s (Kafka's default key partitioning). */
    private static String keyOnTheSamePartitionAs(String key) {
        int partition = partitionOf(key);
        while (true) {
            String candidate = UUID.randomUUID().toString();
            if (partitionOf(candidate) == partition) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % INGESTED_PARTITIONS;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadLetterOf(JsonPath overview, String articleId) {
        List<Map<String, Object>> recent = overview.getList("recent");
        return recent.stream().filter(d -> articleId.equals(d.get("articleId"))).findFirst()
                .orElseThrow(() -> new AssertionError(articleId + " not among the recent dead letters: " + recent));
    }

}
