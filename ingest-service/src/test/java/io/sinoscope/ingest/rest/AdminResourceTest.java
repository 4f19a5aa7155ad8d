package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AdminResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void republishSendsStoredArticlesAgainAndReportsProgress() {
        String since = Instant.now().minusSeconds(1).toString();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("source", "republish", "externalId", UUID.randomUUID().toString(),
                        "text", "巴西政府宣布，将对进口钢材实施为期一年的临时保障措施，配额外加征百分之二十五关税。"))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));

        String job = given().queryParam("since", since)
                .when().post("/api/v1/admin/republish")
                .then().statusCode(202).body("state", equalTo("RUNNING")).extract().path("id");

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/admin/jobs/" + job).then()
                .body("state", equalTo("SUCCEEDED")).body("counts.requeued", greaterThanOrEqualTo(1)));
        assertEquals(2, KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> id.equals(r.key()), 2, WAIT).size(),
                "the article is on the topic a second time");
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));
    }

    @Test
    void listsPublishedVersionsPageByPageAndRepublishesChosenIds() {
        String source = "reconcile-" + UUID.randomUUID();
        String first = submit(source, "智利铜矿出口增长，国家铜业公司表示第三季度产量较去年同期增加百分之六。");
        String second = submit(source, "秘鲁央行维持基准利率不变，并表示通胀已回落至目标区间之内。");
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/api/v1/articles/" + first).then().body("status", equalTo("PUBLISHED"));
            given().get("/api/v1/articles/" + second).then().body("status", equalTo("PUBLISHED"));
        });
        given().delete("/api/v1/articles/" + second).then().statusCode(202);
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + second).then().body("status", equalTo("RETRACTED")));

        // Walk every page of one article each until both are seen: the keyset cursor carries over.
        Map<String, Map<String, Object>> seen = new java.util.HashMap<>();
        String after = "";
        for (int pages = 0; after != null && pages < 10_000; pages++) {
            io.restassured.path.json.JsonPath page = given().queryParam("after", after).queryParam("limit", 1)
                    .get("/api/v1/admin/published").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> article : page.<Map<String, Object>>getList("articles")) {
                seen.put((String) article.get("id"), article);
            }
            after = page.getString("next");
        }
        assertEquals(Map.of("id", first, "version", 1, "retracted", false), seen.get(first));
        assertEquals(Map.of("id", second, "version", 1, "retracted", true), seen.get(second));
        // Published after the cut-off: not yet expected of consumers.
        given().queryParam("relayedBefore", "2000-01-01T00:00:00Z").get("/api/v1/admin/published")
                .then().statusCode(200).body("articles.size()", equalTo(0)).body("next", org.hamcrest.Matchers.nullValue());

        String unknown = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("ids", java.util.List.of(first, second, unknown)))
                .post("/api/v1/admin/republish/articles").then().statusCode(200)
                .body("requeued", org.hamcrest.Matchers.containsInAnyOrder(first, second))
                .body("notRequeued", org.hamcrest.Matchers.contains(unknown));
        assertEquals(2, KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> first.equals(r.key()), 2, WAIT).size(),
                "the article is sent again");
        assertEquals(3, KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> second.equals(r.key()), 3, WAIT).size(),
                "the article, its retraction, and the retraction again");
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/api/v1/articles/" + first).then().body("status", equalTo("PUBLISHED"));
            given().get("/api/v1/articles/" + second).then().body("status", equalTo("RETRACTED"));
        });
    }

    private static String submit(String source, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("source", source, "text", text))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("status", "DUPLICATE").post("/api/v1/admin/republish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not DUPLICATE"));
        given().queryParam("since", "last week").post("/api/v1/admin/republish")
                .then().statusCode(400).body("detail", containsString("since"));
        given().get("/api/v1/admin/jobs/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("limit", 0).get("/api/v1/admin/published")
                .then().statusCode(400).body("detail", containsString("limit must be 1 to 5000"));
        given().queryParam("relayedBefore", "yesterday").get("/api/v1/admin/published")
                .then().statusCode(400).body("detail", containsString("relayedBefore"));
        given().contentType(ContentType.JSON).body(Map.of("ids", java.util.List.of()))
                .post("/api/v1/admin/republish/articles").then().statusCode(400)
                .body("detail", containsString("give 1 to 1000"));
    }
}
