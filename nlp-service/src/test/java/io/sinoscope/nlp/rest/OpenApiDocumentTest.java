package io.sinoscope.nlp.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.support.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** nlp-service's /q/openapi: what clients and Swagger UI read (see README "OpenAPI"). */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class OpenApiDocumentTest {

    private static OpenApiConformance document() {
        return OpenApiConformance.of(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationIsNamedTaggedSecuredAndAnswersErrorsAsProblems() {
        document().assertConforms()
                .assertOperationId("post", "/api/v1/analyze", "analyzeText")
                .assertOperationId("get", "/api/v1/admin/dlq", "getDeadLetters")
                .assertOpen("post", "/api/v1/analyze")
                .assertDocuments("post", "/api/v1/analyze", "400", "413", "429", "500", "503")
                .assertNeedsKey("get", "/api/v1/admin/dlq", "read")
                .assertNeedsKey("post", "/api/v1/admin/dlq/replay", "admin")
                .assertDocuments("post", "/api/v1/admin/dlq/replay", "202", "409", "429")
                .assertDocuments("post", "/api/v1/analyze", "200")
                .assertNeedsKey("get", "/api/v1/admin/jobs/{id}", "read")
                .assertDocuments("get", "/api/v1/admin/jobs/{id}", "404");
    }

    @Test
    void theDocumentPassesRedoclysRecommendedRules() {
        document().assertLintsClean("nlp-service");
    }
}
