package io.sinoscope.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.sinoscope.ingest.IngestApi;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Keys have roles (test profile: test-key admin, test-reader read, test-feed-writer write@feed-a): a write key
 * submits, overwrites and retracts only its own sources' articles; republishing needs admin.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ApiKeyRolesTest {

    private static final String READER = "test-reader";
    private static final String FEED_A_WRITER = "test-feed-writer";

    @Test
    void aReadKeyReadsButCannotSubmit() {
        as(READER).get("/api/v1/stats").then().statusCode(200);
        as(READER).contentType(ContentType.JSON).body(article("feed-a", "r1"))
                .post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("needs the role 'write'"))
                .body("detail", containsString("the key has read"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ? and external_id = ?", "feed-a", "r1"));
    }

    @Test
    void aWriteKeySubmitsForItsOwnSourceOnly() {
        as(FEED_A_WRITER).contentType(ContentType.JSON).body(article("feed-a", "w-" + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202);
        as(FEED_A_WRITER).contentType(ContentType.JSON).body(article("feed-b", "w1"))
                .post("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("source 'feed-b'"))
                .body("detail", containsString("owns only feed-a"));
        as(FEED_A_WRITER).body("新华社电，外交部发言人表示，中方坚决反对单边制裁措施。".getBytes())
                .queryParam("source", "feed-b").queryParam("externalId", "w2").contentType("text/plain; charset=UTF-8")
                .post("/api/v1/articles/raw").then().statusCode(403);
        assertEquals(0, IngestTestDatabase.countArticles("source = ? and external_id in ('w1', 'w2')", "feed-b"));
    }

    @Test
    void aWriteKeyCannotOverwriteAnotherSourcesArticle() {
        String externalId = "o-" + UUID.randomUUID();
        IngestApi.given().contentType(ContentType.JSON).body(article("feed-b", externalId))
                .post("/api/v1/articles").then().statusCode(202);

        Map<String, Object> changed = Map.of("source", "feed-b", "externalId", externalId,
                "text", "这是被另一个来源的密钥篡改的版本，内容与原文完全不同，涉及稀土出口。");
        as(FEED_A_WRITER).contentType(ContentType.JSON).body(changed)
                .post("/api/v1/articles").then().statusCode(403);
        assertEquals(1, IngestTestDatabase.countArticles("source = ? and external_id = ? and version = 1",
                "feed-b", externalId), "still the first version");
    }

    @Test
    void aWriteKeyRetractsItsOwnArticlesButNotOthers() {
        String own = as(FEED_A_WRITER).contentType(ContentType.JSON).body(article("feed-a", "d-" + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        String others = IngestApi.given().contentType(ContentType.JSON)
                .body(article("feed-b", "d-" + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        as(FEED_A_WRITER).delete("/api/v1/articles/" + others)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("retract articles of source 'feed-b'"));
        assertEquals(0, IngestTestDatabase.countArticles("id = ? and status in ('RETRACTING', 'RETRACTED')",
                others), "the stored article's source decides, and it was not retracted");

        as(FEED_A_WRITER).delete("/api/v1/articles/" + own).then().statusCode(202);
        IngestApi.given().delete("/api/v1/articles/" + others).then().statusCode(202)
                .body("status", equalTo("RETRACTING"));
    }

    @Test
    void aBatchLineForASourceNotOwnedFailsAlone() {
        String ndjson = String.join("\n", List.of(
                "{\"source\":\"feed-a\",\"externalId\":\"b-" + UUID.randomUUID() + "\",\"text\":\"第一行：商务部宣布对部分进口商品加征关税。\"}",
                "{\"source\":\"feed-b\",\"externalId\":\"b-x\",\"text\":\"第二行：交通部宣布新的航运规定即日起生效。\"}"));
        String results = as(FEED_A_WRITER).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles/batch").then().statusCode(200).extract().asString();
        List<String> lines = results.lines().toList();
        assertEquals(2, lines.size(), results);
        assertTrue(lines.get(0).contains("\"RECEIVED\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"status\":403"), lines.get(1));
        assertEquals(0, IngestTestDatabase.countArticles("source = ? and external_id = ?", "feed-b", "b-x"));
    }

    @Test
    void republishNeedsAdmin() {
        as(FEED_A_WRITER).post("/api/v1/admin/republish")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("needs the role 'admin'"));
        as(READER).post("/api/v1/admin/republish").then().statusCode(403);
        RestAssured.given().post("/api/v1/admin/republish").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("X-Api-Key"));
    }

    @Test
    void theOpenApiDocumentDeclaresTheKeyScheme() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.ApiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.ApiKey.in", equalTo("header"))
                .body("components.securitySchemes.ApiKey.name", equalTo("X-Api-Key"));
    }

    private static RequestSpecification as(String key) {
        return RestAssured.given().header("X-Api-Key", key);
    }

    private static Map<String, Object> article(String source, String externalId) {
        return Map.of("source", source, "externalId", externalId,
                "text", "外交部发言人在例行记者会上表示，中方将继续推动多边贸易体制改革。");
    }
}
