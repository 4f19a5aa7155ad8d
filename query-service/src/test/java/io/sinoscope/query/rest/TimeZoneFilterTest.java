package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Date filters at a day's edge: a mainland report published 2025-04-01T16:30Z is 00:30 on 2 April in Beijing, so it
 * is in 2 April with the default tz (Asia/Shanghai) and in 1 April with tz=UTC; an English wire report in the same
 * minute is read in UTC. The API keeps the UTC instant and adds the local one; the CSV exports name the zone.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class TimeZoneFilterTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WORD = "钼酸铵";
    private static final String CN_TEXT = "商务部宣布调整钼酸铵出口管理措施，钼酸铵出口配额削减12%，新措施于2025年4月2日起实施。";
    private static final String OTHER_TEXT = "Ammonium molybdate quotas were cut, the ministry said on Tuesday; "
            + "exporters expect delays.";
    private static final String LATE_EVENING_UTC = "2025-04-01T16:30:00Z";
    private static boolean sent;

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;

    @BeforeEach
    void sendFixturesOnce() throws Exception {
        if (sent) {
            return;
        }
        Fixtures fixtures = new Fixtures(analyzer);
        List<ArticleEnriched> events = List.of(
                fixtures.article("tz-cn", "钼酸铵出口配额削减", CN_TEXT, LATE_EVENING_UTC)
                        .fact("percent", "削减12%", 12.0, "percent", null, null, Map.of())
                        .fact("date", "2025年4月2日", null, null, null, "2025-04-02", Map.of())
                        .build(),
                fixtures.article("tz-other", "Ammonium molybdate quotas cut", OTHER_TEXT, LATE_EVENING_UTC)
                        .build());
        for (ArticleEnriched event : events) {
            TestEvents.send(event.id(), json.writeValueAsString(event));
        }
        // Stored is not yet searchable: the index refreshes on its own schedule, so wait for the search to see both.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().queryParam("q", WORD).get("/api/v1/search").then().statusCode(200).body("hits.id", hasItem("tz-cn"));
            given().queryParam("q", "molybdate").get("/api/v1/search").then().statusCode(200)
                    .body("hits.id", hasItem("tz-other"));
        });
        sent = true;
    }

    private static RequestSpecification days(String from, String to) {
        return given().queryParam("q", WORD).queryParam("from", from).queryParam("to", to);
    }

    @Test
    void aBareDateIsABeijingDayByDefaultAndAUtcDayWithTzUtc() {
        days("2025-04-02", "2025-04-02").get("/api/v1/search").then().statusCode(200)
                .body("hits.id", hasItem("tz-cn"))
                .body("hits.find { it.id == 'tz-cn' }.publishedAt", equalTo(LATE_EVENING_UTC))
                .body("hits.find { it.id == 'tz-cn' }.publishedLocal", equalTo("2025-04-02T00:30:00+08:00"));
        days("2025-04-02", "2025-04-02").queryParam("tz", "UTC").get("/api/v1/search").then().statusCode(200)
                .body("hits.id", not(hasItem("tz-cn")));
        days("2025-04-01", "2025-04-01").queryParam("tz", "UTC").get("/api/v1/search").then().statusCode(200)
                .body("hits.id", hasItem("tz-cn"));
        days("2025-04-01", "2025-04-01").get("/api/v1/search").then().statusCode(200)
                .body("hits.id", not(hasItem("tz-cn")));
        // A date-time with an offset is that instant whatever tz says.
        days("2025-04-02T00:00:00+08:00", "2025-04-02T00:45:00+08:00").queryParam("tz", "UTC").get("/api/v1/search")
                .then().statusCode(200).body("hits.id", hasItem("tz-cn"));
        days("2025-04-02T00:31:00+08:00", null).get("/api/v1/search").then().statusCode(200)
                .body("hits.id", not(hasItem("tz-cn")));
    }

    @Test
    void anArticleFromElsewhereKeepsUtcAsItsLocalTime() {
        given().queryParam("q", "molybdate").get("/api/v1/search").then().statusCode(200)
                .body("hits.find { it.id == 'tz-other' }.region", equalTo("OTHER"))
                .body("hits.find { it.id == 'tz-other' }.publishedLocal", equalTo(LATE_EVENING_UTC));
    }

    @Test
    void factsFollowTheSameDaysAndAFactsOwnDateIsADayInTz() {
        given().queryParam("q", "削减12%").queryParam("from", "2025-04-02").queryParam("to", "2025-04-02")
                .get("/api/v1/facts").then().statusCode(200)
                .body("facts.articleId", hasItem("tz-cn"))
                .body("facts.find { it.articleId == 'tz-cn' }.publishedLocal", equalTo("2025-04-02T00:30:00+08:00"));
        given().queryParam("q", "削减12%").queryParam("from", "2025-04-02").queryParam("to", "2025-04-02")
                .queryParam("tz", "UTC").get("/api/v1/facts").then().statusCode(200)
                .body("facts.articleId", not(hasItem("tz-cn")));
        // The fact dated 2 April is in 2 April wherever the reader is, even where that day starts at 04:00Z.
        for (String tz : List.of("Asia/Shanghai", "UTC", "America/New_York", "Pacific/Auckland")) {
            given().queryParam("q", "2025年4月2日").queryParam("from", "2025-04-02").queryParam("to", "2025-04-02")
                    .queryParam("tz", tz).get("/api/v1/facts").then().statusCode(200)
                    .body("facts.articleId", hasItem("tz-cn"));
            given().queryParam("q", "2025年4月2日").queryParam("from", "2025-04-03").queryParam("tz", tz)
                    .get("/api/v1/facts").then().statusCode(200)
                    .body("facts.articleId", not(hasItem("tz-cn")));
        }
    }

    @Test
    void csvExportsShowTheLocalTimeWithItsZoneBesideTheUtcInstant() {
        String facts = given().queryParam("q", "削减12%").queryParam("from", "2025-04-02").queryParam("to", "2025-04-02")
                .get("/api/v1/facts/export").then().statusCode(200).extract().asString();
        assertTrue(facts.contains(",published_at,published_local,"), facts);
        assertTrue(facts.contains("tz-cn,钼酸铵出口配额削减," + LATE_EVENING_UTC + ",2025-04-02 00:30 UTC+8,CN,"), facts);
        String hits = days("2025-04-01", "2025-04-02").queryParam("tz", "UTC").queryParam("format", "csv")
                .get("/api/v1/search/export").then().statusCode(200).extract().asString();
        assertTrue(hits.contains(",published_at,published_local,"), hits);
        assertTrue(hits.contains(",CN," + LATE_EVENING_UTC + ",2025-04-02 00:30 UTC+8,"), hits);
    }

    @Test
    void aBadTzOrDateIsAProblemNamingTheParameterAndAnExample() {
        for (String path : List.of("/api/v1/search", "/api/v1/search/export", "/api/v1/facts", "/api/v1/facts/export",
                "/api/v1/stories", "/api/v1/timeline")) {
            given().queryParam("q", WORD).queryParam("from", "2025-04-02").queryParam("tz", "Beijing").get(path)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("detail", allOf(containsString("tz must be an IANA time-zone id"),
                            containsString("Asia/Shanghai"), containsString("'Beijing'")));
            given().queryParam("q", WORD).queryParam("to", "2025/04/02").get(path)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("detail", allOf(containsString("to must be an ISO-8601 date (2025-04-02)"),
                            containsString("'2025/04/02'")));
        }
    }
}
