package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AdminReindexTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;
    @Inject
    LuceneIndex index;

    private static Response search(String q) {
        return given().queryParam("q", q).when().get("/api/v1/search");
    }

    @Test
    void reindexNeedsAnApiKey() {
        given().when().post("/api/v1/admin/reindex").then().statusCode(401).contentType(PROBLEM);
        given().header("X-Api-Key", "wrong").when().post("/api/v1/admin/reindex").then().statusCode(401);
    }

    @Test
    void jobProgressIsForOperatorsOnly() {
        given().when().get("/api/v1/admin/jobs/no-such-job").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unknownJobIsNotFound() {
        given().header("X-Api-Key", "test-key").when().get("/api/v1/admin/reindex/no-such-job").then().statusCode(404)
                .contentType(PROBLEM).body("detail", containsString("no-such-job"));
        given().header("X-Api-Key", "test-key").when().get("/api/v1/admin/jobs/no-such-job").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void reindexRestoresLostArticlesAndDropsOnesNoLongerStored() throws Exception {
        String text = "港珠澳大橋今年首季車流量按年上升兩成，當局研究放寬跨境私家車配額。";
        ArticleEnriched event = new Fixtures(analyzer).article("ad-hk", "大橋車流量上升", text, "2025-04-02T01:00:00Z")
                .build();
        TestEvents.send(event.id(), json.writeValueAsString(event));
        await().atMost(WAIT).untilAsserted(() -> search("车流量").then().body("total", equalTo(1)));

        // The index loses the article, and holds one PostgreSQL does not know.
        index.delete(event.id());
        index.index(new IndexedArticle("ad-ghost", null, "fixture-wire", "幽灵文章", "幽灵文章", "跨境私家车配额幽灵记录",
                "CN", Instant.parse("2025-04-03T00:00:00Z"), "h", Set.of(), "跨境私家車配額幽靈記錄", List.of(), null));
        index.refresh();
        search("车流量").then().body("total", equalTo(0));
        search("幽灵记录").then().body("total", equalTo(1));

        Response accepted = given().header("X-Api-Key", "test-key").when().post("/api/v1/admin/reindex");
        accepted.then().statusCode(202)
                .header("Location", containsString("/api/v1/admin/reindex/"))
                .body("id", notNullValue())
                .body("type", equalTo("reindex"));
        String jobId = accepted.path("id");
        await().atMost(WAIT).untilAsserted(() -> given().header("X-Api-Key", "test-key").when().get("/api/v1/admin/reindex/" + jobId).then()
                .statusCode(200).body("state", equalTo("SUCCEEDED")));
        Response job = given().header("X-Api-Key", "test-key").when().get("/api/v1/admin/jobs/" + jobId);
        job.then().statusCode(200).body("total", greaterThanOrEqualTo(1)).body("counts.removed", greaterThanOrEqualTo(1))
                .body("finishedAt", notNullValue());
        assertEquals((int) job.path("total"), (int) job.path("counts.done"));

        search("车流量").then().body("total", equalTo(1)).body("hits[0].id", equalTo("ad-hk"));
        search("幽灵记录").then().body("total", equalTo(0));
    }
}
