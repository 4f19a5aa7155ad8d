package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Test profile keys: test-key admin, test-reader read, test-feed-writer write@feed-a. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ApiKeyRolesTest {

    @Test
    void reindexNeedsTheAdminRole() {
        given().post("/api/v1/admin/reindex").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-Api-Key"));
        given().header("X-Api-Key", "test-feed-writer").post("/api/v1/admin/reindex").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("needs the role 'admin'"));
        given().header("X-Api-Key", "test-reader").post("/api/v1/admin/reindex").then().statusCode(403);
    }

    @Test
    void jobsNeedTheReadRoleAndSearchesNone() {
        given().get("/api/v1/admin/jobs/" + UUID.randomUUID()).then().statusCode(401);
        given().header("X-Api-Key", "test-feed-writer").get("/api/v1/admin/jobs/" + UUID.randomUUID())
                .then().statusCode(403);
        given().header("X-Api-Key", "test-reader").get("/api/v1/admin/jobs/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("q", "关税").get("/api/v1/search").then().statusCode(200);
        given().header("X-Api-Key", "wrong").queryParam("q", "关税").get("/api/v1/search").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDeclaresTheKeyScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.ApiKey.name", equalTo("X-Api-Key"));
    }
}
