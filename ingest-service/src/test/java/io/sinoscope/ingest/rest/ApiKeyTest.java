package io.sinoscope.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.sinoscope.ingest.IngestApi;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nobody writes without a key, and ingest's reads need one too; health stays open for probes. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ApiKeyTest {

    private static final Map<String, Object> ARTICLE = Map.of("source", "keyless", "externalId", "k1",
            "text", "没有密钥的客户端试图提交一篇关于出口管制的文章。");

    @Test
    void writeWithoutAKeyIsRefusedAndNothingIsStored() {
        RestAssured.given().contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/v1/articles")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("X-Api-Key"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ?", "keyless"));
    }

    @Test
    void wrongKeyIsRefused() {
        RestAssured.given().header("X-Api-Key", "guess").contentType(ContentType.JSON).body(ARTICLE)
                .when().post("/api/v1/articles")
                .then().statusCode(401)
                .body("detail", equalTo("the API key is not valid"));
    }

    @Test
    void bearerTokenIsAccepted() {
        RestAssured.given().header("Authorization", "Bearer " + IngestApi.TEST_KEY).contentType(ContentType.JSON)
                .body(Map.of("source", "bearer", "text", "持有密钥的客户端提交一篇关于稀土出口的文章。"))
                .when().post("/api/v1/articles")
                .then().statusCode(202);
    }

    @Test
    void readsNeedAKeyButHealthAndMetricsDoNot() {
        RestAssured.given().when().get("/api/v1/stats").then().statusCode(401);
        RestAssured.given().when().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().when().get("/q/metrics").then().statusCode(200);
    }
}
