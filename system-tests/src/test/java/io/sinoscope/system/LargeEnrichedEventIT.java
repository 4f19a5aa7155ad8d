package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 2: an article ingest accepts must become searchable, however dense in facts. A text of 6,000
 * short clauses with a percentage each (about 140 KB) was accepted with a 202, but its articles.enriched event (2.2
 * MB) passed Kafka's 1 MB and was dead-lettered, never searchable. Here it goes through the three packaged services
 * with the topics as the stack creates them: every percentage reaches query-service as a fact.
 */
class LargeEnrichedEventIT {

    private static final String API_KEY = "large-event-key";
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int CLAUSES = 6_000;

    private final String source = "large-event-" + UUID.randomUUID().toString().substring(0, 8);
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anArticleOfThousandsOfPercentagesIsAcceptedAndBecomesSearchableWithEveryFact() throws Exception {
        system = RunningSystem.start(API_KEY);
        String text = "中国经济增速5%，".repeat(CLAUSES);
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length > 100_000);

        String id = given().header("X-Api-Key", API_KEY).contentType(ContentType.JSON)
                .body(Map.of("source", source, "externalId", "dense-1", "title", "经济增速统计",
                        "text", text, "publishedAt", "2026-11-20T08:00:00+08:00"))
                .post(system.ingest.baseUri() + "/api/v1/articles")
                .then().statusCode(202).extract().path("id");

        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> given()
                .get(system.query.baseUri() + "/api/v1/articles/" + id).statusCode() == 200);
        List<String> kinds = given().get(system.query.baseUri() + "/api/v1/articles/" + id)
                .then().statusCode(200).extract().path("facts.kind");
        long percents = kinds.stream().filter("percent"::equals).count();
        assertEquals(CLAUSES, percents, "every percentage of the accepted article is stored as a fact");
        int found = given().queryParam("q", "经济增速统计").queryParam("source", source)
                .get(system.query.baseUri() + "/api/v1/search").then().statusCode(200).extract().path("total");
        assertEquals(1, found, "the article is searchable");
        System.out.println("LargeEnrichedEventIT: " + text.getBytes(StandardCharsets.UTF_8).length
                + " bytes of text accepted, " + percents + " percent facts stored and searchable");
    }
}
