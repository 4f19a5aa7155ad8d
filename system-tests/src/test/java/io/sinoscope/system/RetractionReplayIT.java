package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 8: an article retracted through ingest-service must stay out of search when its old enriched
 * event arrives again afterwards (as a DLQ replay or a re-sent record would bring it), because query-service
 * remembers the retraction with ingest's version, which travels on every record and on the retraction's tombstone
 * through nlp-service. Before, query-service stored the old event again (its enrichedAt was as good as any).
 */
class RetractionReplayIT {

    private static final String API_KEY = "retraction-replay-key";
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final String source = "retraction-replay-" + UUID.randomUUID().toString().substring(0, 8);
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anOldEnrichedEventReplayedAfterTheRetractionDoesNotBringTheArticleBack() throws Exception {
        system = RunningSystem.start(API_KEY);
        NewsBriefs briefs = new NewsBriefs(source);
        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        client.send(java.util.List.of(briefs.article(0)), Duration.ofMinutes(1));
        String id = client.accepted().values().iterator().next();
        await().atMost(WAIT).until(() -> RunOutcome.searchTotal(system.query, source) == 1);

        ConsumerRecord<String, String> enriched = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()) && r.value() != null, WAIT);
        assertNotNull(enriched, "no enriched event for " + id);
        assertEquals("1", KafkaTestClient.header(enriched, ArticleIngested.VERSION_HEADER));

        given().header("X-Api-Key", API_KEY).delete(system.ingest.baseUri() + "/api/v1/articles/" + id).then()
                .statusCode(202);
        ConsumerRecord<String, String> tombstone = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()) && r.value() == null, WAIT);
        assertNotNull(tombstone, "no retraction reached articles.enriched");
        assertEquals("1", KafkaTestClient.header(tombstone, ArticleIngested.VERSION_HEADER),
                "the tombstone carries the retracted version through nlp-service");
        await().atMost(WAIT).until(() -> RunOutcome.searchTotal(system.query, source) == 0);

        // The old enriched event again, byte for byte with its headers, as a replay would send it.
        KafkaTestClient.send(Topics.ARTICLES_ENRICHED, id, enriched.value(),
                Map.of(ArticleIngested.VERSION_HEADER, "1"));
        try (ConsumerLag lag = new ConsumerLag(SharedTestStack.kafkaBootstrapServers())) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> lag.of(RunningSystem.QUERY_GROUP, Topics.ARTICLES_ENRICHED) == 0);
        }
        assertEquals(0, RunOutcome.searchTotal(system.query, source), "the replayed old version came back");
        given().get(system.query.baseUri() + "/api/v1/articles/" + id).then().statusCode(404);
        System.out.println("RetractionReplayIT: article " + id + " retracted at version 1; its old enriched event "
                + "re-sent and consumed; search finds 0, GET answers 404");
    }
}
