package io.sinoscope.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.support.openapi.OpenApiConformance;
import org.junit.jupiter.api.Test;

/** ingest-service's /q/openapi, and the problem types its errors carry (see README "OpenAPI"). */
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
                .assertOperationId("post", "/api/v1/articles", "submitArticle")
                .assertOperationId("post", "/api/v1/articles/batch", "submitArticleBatch")
                .assertOperationId("get", "/api/v1/articles/{id}", "getArticleStatus")
                .assertNeedsKey("post", "/api/v1/articles", "write")
                .assertNeedsKey("delete", "/api/v1/articles/{id}", "write")
                .assertNeedsKey("get", "/api/v1/stats", "read")
                .assertNeedsKey("post", "/api/v1/admin/republish", "admin")
                .assertDocuments("post", "/api/v1/admin/republish", "202", "409")
                .assertDocuments("post", "/api/v1/articles", "400", "401", "403", "413", "429", "500", "503")
                .assertDocuments("get", "/api/v1/articles/{id}", "200", "404")
                .assertDocuments("post", "/api/v1/articles/raw", "422");
    }

    @Test
    void theDocumentPassesRedoclysRecommendedRules() {
        document().assertLintsClean("ingest-service");
    }

    @Test
    void errorsCarryTheTypeTheDocumentPromises() {
        given().get("/api/v1/articles/no-such-article").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sinoscope.dev/problems/unauthorized"));
        given().header("X-Api-Key", "test-reader").get("/api/v1/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://sinoscope.dev/problems/not-found"))
                .body("title", equalTo("Not Found")).body("status", equalTo(404));
        given().header("X-Api-Key", "test-feed-writer").contentType("application/json").body("{")
                .post("/api/v1/articles").then().statusCode(400)
                .body("type", equalTo("https://sinoscope.dev/problems/bad-request"));
        given().header("X-Api-Key", "test-reader").contentType("application/json").body("{}")
                .post("/api/v1/articles").then().statusCode(403)
                .body("type", equalTo("https://sinoscope.dev/problems/forbidden"));
    }
}
