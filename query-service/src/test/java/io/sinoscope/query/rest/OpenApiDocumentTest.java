package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.support.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** query-service's /q/openapi, and the problem types its errors carry (see README "OpenAPI"). */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiDocumentTest {

    private static OpenApiConformance document() {
        return OpenApiConformance.of(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationIsNamedTaggedSecuredAndAnswersErrorsAsProblems() {
        document().assertConforms()
                .assertOperationId("get", "/api/v1/search", "searchArticles")
                .assertOperationId("get", "/api/v1/articles/{id}", "getArticle")
                .assertOperationId("get", "/api/v1/facts", "listFacts")
                .assertOpen("get", "/api/v1/search")
                .assertOpen("get", "/api/v1/articles/{id}")
                .assertDocuments("get", "/api/v1/search", "400", "500", "503")
                .assertDocuments("get", "/api/v1/articles/{id}", "404")
                .assertNeedsKey("post", "/api/v1/admin/reindex", "admin")
                .assertDocuments("post", "/api/v1/admin/reindex", "202", "409")
                .assertDocuments("post", "/api/v1/admin/dlq/replay", "202", "409")
                .assertNeedsKey("get", "/api/v1/admin/pipeline", "read")
                .assertNeedsKey("post", "/api/v1/stories/{id}/merge", "write")
                .assertDocuments("post", "/api/v1/stories/{id}/merge", "400", "401", "403", "404", "413", "429");
    }

    @Test
    void theDocumentPassesRedoclysRecommendedRules() {
        document().assertLintsClean("query-service");
    }

    @Test
    void errorsCarryTheTypeTheDocumentPromises() {
        given().get("/api/v1/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sinoscope.dev/problems/not-found"));
        given().post("/api/v1/admin/reindex").then().statusCode(401)
                .body("type", equalTo("https://sinoscope.dev/problems/unauthorized"));
        given().header("X-Api-Key", "test-reader").post("/api/v1/admin/reindex").then().statusCode(403)
                .body("type", equalTo("https://sinoscope.dev/problems/forbidden"));
        given().queryParam("page", "x").get("/api/v1/search").then().statusCode(400)
                .body("type", equalTo("https://sinoscope.dev/problems/bad-request"));
    }
}
