package io.sinoscope.query.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * nlp-service accepts the connection and never answers: the pipeline page still answers, reporting it unreachable
 * because its statistics timed out, beside ingest refused outright (test profile: port 9) and this service's own
 * counts.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = SilentService.class, restrictToAnnotatedClass = true)
class SilentServiceTimeoutTest {

    @Test
    void aServiceThatNeverAnswersIsReportedUnreachableByItsTimeout() {
        given().header("X-Api-Key", "test-key").when().get("/api/v1/admin/pipeline").then().statusCode(200)
                .body("analysisDeadLetters.reachable", equalTo(false))
                .body("analysisDeadLetters.url", containsString("/api/v1/admin/dlq"))
                // The fault-tolerance timeout ended the wait, not the (far longer) read timeout of the client.
                .body("analysisDeadLetters.error", containsString("not reachable: TimeoutException"))
                .body("ingest.reachable", equalTo(false))
                .body("ingest.error", containsString("not reachable"))
                .body("search", notNullValue());
    }
}
