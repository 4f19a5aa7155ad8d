package io.sinoscope.ingest.messaging;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.support.metrics.AlertRules;
import io.sinoscope.support.metrics.PrometheusScrape;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox gauges of {@code /q/metrics} follow the backlog: with the relay's timer held back (an hour's poll
 * interval) an accepted article shows as waiting, with an age; one relay run later, both are back to 0.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(OutboxMetricsTest.HeldRelay.class)
class OutboxMetricsTest {

    public static class HeldRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.outbox.poll-interval", "1h");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutboxRelay relay;

    static PrometheusScrape scrape() {
        return PrometheusScrape.parse(RestAssured.given().get("/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void backlogAndItsAgeRiseWhileTheRelayWaitsAndFallToZeroOnceItRuns() {
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "metrics", "externalId", "metrics-" + UUID.randomUUID(),
                        "text", "海关总署公布上月稀土出口数据，出口量环比下降。" + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202);

        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            double backlog = scrape.value("sinoscope_ingest_outbox_backlog").orElseThrow();
            double age = scrape.value("sinoscope_ingest_outbox_oldest_age_seconds").orElseThrow();
            assertTrue(backlog >= 1, "backlog " + backlog);
            assertTrue(age > 0, "oldest age " + age);
        });

        relay.relayNow();

        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            double backlog = scrape.value("sinoscope_ingest_outbox_backlog").orElseThrow();
            double age = scrape.value("sinoscope_ingest_outbox_oldest_age_seconds").orElseThrow();
            assertTrue(backlog == 0, "backlog " + backlog);
            assertTrue(age == 0, "oldest age " + age);
        });
    }

    @Test
    void everyAlertAboutIngestReadsMetricsItExports() throws Exception {
        assertEquals(List.of(), AlertRules.missing("ingest-service", scrape()));
    }
}
