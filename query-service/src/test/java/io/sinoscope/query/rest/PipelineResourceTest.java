package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The pipeline overview with the other two services down (the test profile points at ports nobody listens on): their
 * parts say so and why, and the answer still carries this service's own counts and the consumer backlog from Kafka.
 * With the services running, the system tests' browser test reads their real figures through the same endpoint.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class PipelineResourceTest {

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;

    @Test
    void operatorsOnly() {
        given().when().get("/api/v1/admin/pipeline").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void unreachableServicesAreReportedBesideOwnCountsAndBacklog() throws Exception {
        ArticleEnriched event = new Fixtures(analyzer).article("pl-cn", "稀土出口恢复", "商务部表示，稀土出口许可审批已恢复正常。",
                "2025-07-01T02:00:00Z").build();
        TestEvents.send(event.id(), json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/articles/" + event.id()).then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("X-Api-Key", "test-key")
                .when().get("/api/v1/admin/pipeline").then().statusCode(200)
                .body("checkedAt", notNullValue())
                .body("ingest.reachable", equalTo(false))
                .body("ingest.error", containsString("not reachable"))
                .body("ingest.url", containsString("/api/v1/stats"))
                .body("analysisDeadLetters.reachable", equalTo(false))
                .body("search.articlesStored", greaterThanOrEqualTo(1))
                .body("search.articlesIndexed", greaterThanOrEqualTo(1))
                .body("backlog.find { it.consumerGroup == 'query-service' }.topic", equalTo("articles.enriched"))
                // Committed offsets trail the stored article by up to the commit interval.
                .body("backlog.find { it.consumerGroup == 'query-service' }.lag", equalTo(0))
                // Reconciliation's gaps, from query.reconcile_gap (none recorded here: ingest is down).
                .body("reconciliation.gaps.MISSING", equalTo(0))
                .body("reconciliation.unrepairable", equalTo(0))
                .body("reconciliation.schedule", containsString("off")));
        // Bearer works as well as X-Api-Key.
        given().header("Authorization", "Bearer test-key").when().get("/api/v1/admin/pipeline").then()
                .statusCode(200).body("backlog.size()", equalTo(2));
    }
}
