package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking system: a Taiwan Traditional article posted to ingest-service goes through a real broker and the real
 * analysis, and query-service finds it by its mainland Simplified wording and by the mainland name of the person.
 */
class CrossVariantSearchIT {

    /** Searches are held to this test's source: other ITs (FuzzIT) leave articles on the same topic in the database. */
    private static final String SOURCE = "system-test-taipei";

    private static RunningSystem system;
    private static ServiceProcess ingest;
    private static ServiceProcess query;

    @BeforeAll
    static void startSuite() throws Exception {
        system = RunningSystem.start("system-test-key");
        ingest = system.ingest;
        query = system.query;
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void taiwanArticleIsFoundBySimplifiedQueryAndByMainlandTransliteration() {
        String externalId = "system-" + UUID.randomUUID();
        String text = "美國總統川普本週宣布，將擴大先進晶片出口管制，並要求盟友跟進。\n經濟部表示，將評估對台灣半導體產業的影響。";
        String id = given().baseUri(ingest.baseUri()).header("X-Api-Key", system.apiKey).contentType(ContentType.JSON)
                .body(Map.of("externalId", externalId, "source", SOURCE, "title", "川普擴大晶片管制",
                        "text", text, "publishedAt", "2026-11-06T10:00:00+08:00", "language", "zh-TW"))
                .when().post("/api/v1/articles")
                .then().statusCode(202).body("id", notNullValue())
                .extract().path("id");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(query.baseUri()).queryParam("q", "芯片出口管制").queryParam("source", SOURCE)
                        .when().get("/api/v1/search")
                        .then().statusCode(200).body("hits.id", hasItem(id)));

        given().baseUri(query.baseUri()).queryParam("q", "特朗普").queryParam("source", SOURCE)
                .when().get("/api/v1/search")
                .then().statusCode(200).body("hits.id", hasItem(id));

        given().baseUri(query.baseUri()).when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("externalId", equalTo(externalId))
                .body("region", equalTo("TW"))
                .body("text", equalTo(text))
                .body("entities.name", hasItem("Donald Trump"));

        given().baseUri(ingest.baseUri()).header("X-Api-Key", system.apiKey).when().get("/api/v1/articles/" + id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }
}
