package io.sinoscope.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

/** Test profile keys: test-key admin, test-reader read, test-feed-writer write@feed-a. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ApiKeyRolesTest {

    @Test
    void readingTheDeadLettersNeedsTheReadRole() {
        given().get("/api/v1/admin/dlq").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-Api-Key"));
        given().header("X-Api-Key", "test-feed-writer").get("/api/v1/admin/dlq").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("needs the role 'read'"));
        given().header("X-Api-Key", "test-reader").get("/api/v1/admin/dlq").then().statusCode(200);
    }

    @Test
    void replayingNeedsTheAdminRole() {
        given().header("X-Api-Key", "test-feed-writer").post("/api/v1/admin/dlq/replay").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("needs the role 'admin'"))
                .body("detail", containsString("the key has write"));
        given().header("Authorization", "Bearer test-reader").post("/api/v1/admin/dlq/replay").then()
                .statusCode(403);
        given().header("X-Api-Key", "wrong").post("/api/v1/admin/dlq/replay").then().statusCode(401)
                .body("detail", containsString("not valid"));
    }

    @Test
    void analysisStaysOpen() {
        given().contentType("application/json").body("{\"text\":\"外交部发言人表示反对制裁。\"}")
                .post("/api/v1/analyze").then().statusCode(200);
        given().header("X-Api-Key", "wrong").contentType("application/json")
                .body("{\"text\":\"外交部发言人表示反对制裁。\"}").post("/api/v1/analyze").then().statusCode(200);
    }
}
