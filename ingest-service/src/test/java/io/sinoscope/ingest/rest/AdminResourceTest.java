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
                .body("state", equalTo("DONE")).body("requeued", greaterThanOrEqualTo(1)));
        assertEquals(2, KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> id.equals(r.key()), 2, WAIT).size(),
                "the article is on the topic a second time");
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));
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
    }
}
