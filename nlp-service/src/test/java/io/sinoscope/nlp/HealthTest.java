package io.sinoscope.nlp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

/** Readiness must reflect the dependencies an accepted article needs: the broker (nlp-service has no database). */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class HealthTest {

    @Test
    void readinessChecksKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Reactive Messaging")));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server"));
    }
}
