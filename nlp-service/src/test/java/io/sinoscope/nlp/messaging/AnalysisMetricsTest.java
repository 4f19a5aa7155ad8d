package io.sinoscope.nlp.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.support.metrics.AlertRules;
import io.sinoscope.support.metrics.PrometheusScrape;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The meters operators alert on move with the work: an analysed article adds to the analysis timer (and its
 * histogram) and to the analysed counter, an unreadable event to the failures by reason, and the consumer of
 * articles.ingested reports its lag through the Kafka client's own metrics.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class AnalysisMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> INVALID = Map.of("reason", "invalid");

    static PrometheusScrape scrape() {
        return PrometheusScrape.parse(RestAssured.given().get("/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void anAnalysedArticleAddsToTheTimerAndTheCounter() throws Exception {
        PrometheusScrape before = scrape();
        double timed = before.value("sinoscope_nlp_analysis_seconds_count").orElse(0);
        double analysed = before.value("sinoscope_nlp_articles_analysed_total").orElse(0);

        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, IngestedEvents.json(id, "商务部今天宣布对部分稀土产品实施出口管制。"));
        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_ENRICHED, r -> id.equals(r.key()), WAIT));

        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertTrue(after.value("sinoscope_nlp_analysis_seconds_count").orElseThrow() > timed);
            assertTrue(after.value("sinoscope_nlp_articles_analysed_total").orElseThrow() > analysed);
            assertTrue(after.value("sinoscope_nlp_analysis_seconds_sum").orElseThrow() > 0);
            // The histogram's +Inf bucket holds every analysis: what histogram_quantile reads the p95 from.
            assertTrue(after.value("sinoscope_nlp_analysis_seconds_bucket", Map.of("le", "+Inf")).orElseThrow()
                    > timed);
        });
    }

    @Test
    void anUnreadableEventCountsAsAFailureByItsReason() throws Exception {
        double failed = scrape().value("sinoscope_nlp_articles_failed_total", INVALID).orElseThrow();

        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, "this is not an ArticleIngested event");
        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_INGESTED_DLQ, r -> id.equals(r.key()), WAIT));

        await().atMost(WAIT).untilAsserted(() -> assertTrue(
                scrape().value("sinoscope_nlp_articles_failed_total", INVALID).orElseThrow() > failed));
    }

    @Test
    void theConsumerReportsItsLagPerTopic() {
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertFalse(scrape.samples("kafka_consumer_fetch_manager_records_lag_max",
                    Map.of("topic", Topics.ARTICLES_INGESTED)).isEmpty(), () -> "no lag of " + Topics.ARTICLES_INGESTED
                    + " in " + scrape.samples("kafka_consumer_fetch_manager_records_lag_max", Map.of()));
        });
    }

    /** After an article went through, so that the consumer has its partitions and reports their lag. */
    @Test
    void everyAlertAboutNlpReadsMetricsItExports() throws Exception {
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, IngestedEvents.json(id, "海关总署发布进口数据。"));
        assertNotNull(KafkaTestClient.await(Topics.ARTICLES_ENRICHED, r -> id.equals(r.key()), WAIT));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(), AlertRules.missing("nlp-service", scrape())));
    }
}
