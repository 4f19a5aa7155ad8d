package io.sinoscope.ingest.rest;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.sinoscope.ingest.IngestApi;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A store that does not answer in time gives the client a 503 it can act on (Retry-After, resend), never a hung
 * connection and never a 202. The deadline is set below any real round trip, so every store overruns it.
 */
@QuarkusTest
@TestProfile(IntakeTimeoutTest.ImpatientIntake.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class IntakeTimeoutTest {

    public static class ImpatientIntake implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.intake.timeout", "PT0.001S");
        }
    }

    private static final String TEXT = "海关总署周一公布数据，前十个月稀土出口量同比下降，主要受出口许可审批周期延长影响。";

    @Test
    void singleSubmissionPastTheDeadlineIsA503WithRetryAfter() {
        IngestApi.given().contentType(ContentType.JSON)
                .body(Map.of("source", "slow-store", "externalId", "t1", "text", TEXT))
                .when().post("/api/v1/articles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("resend it"));
    }

    @Test
    void batchLinePastTheDeadlineTellsTheClientToRetryThatLine() {
        String line = "{\"source\":\"slow-store\",\"externalId\":\"t2\",\"text\":\"" + TEXT + "\"}\n";
        IngestApi.given().contentType("application/x-ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body(containsString("\"status\":\"ERROR\""))
                .body(containsString("\"status\":503"));
    }
}
