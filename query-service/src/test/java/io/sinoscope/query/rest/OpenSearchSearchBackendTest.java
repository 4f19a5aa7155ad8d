package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.OpenSearchTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchBackendSuite} on a real OpenSearch node (started from Maven artifacts on a Java 21+ JDK), with
 * {@code sinoscope.search.backend=opensearch}: the same requests must give the same answers as on the embedded index.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = OpenSearchTestResource.class, restrictToAnnotatedClass = true)
class OpenSearchSearchBackendTest extends SearchBackendSuite {

    @Test
    void readinessNamesTheBackend() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Search index' }.data.backend", equalTo("opensearch"));
    }
}
