package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * Trade-measure filters of GET /api/v1/facts: imposer and target by any name form or id, a listed firm, "all", the
 * product in either script, and the list of parties a sanction adds to, over measures written the way each region
 * writes them.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class TradeMeasureFactsTest {

    private static final String PROBLEM = "application/problem+json";
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
                fixtures.article("tm-cn", "商务部对镓锗实施出口管制", "商务部宣布，自2026年8月1日起对美国实施镓、锗相关物项出口管制。",
                                "2026-05-01T02:00:00Z")
                        .fact("export_control", "对美国实施镓、锗相关物项出口管制", null, null, null, null,
                                Map.of("imposing_country", "China", "affected_country", "United States",
                                        "goods", "镓、锗相关物项", "status", "announced", "effective_date", "2026-08-01"))
                        .build(),
                fixtures.article("tm-tw", "美擴大晶片管制", "美國商務部將華為列入實體清單，並擴大對中國的AI晶片出口管制。",
                                "2026-05-02T02:00:00Z")
                        .fact("export_control", "將華為列入實體清單", null, null, null, null,
                                Map.of("imposing_country", "United States", "affected_country", "China",
                                        "affected_entities", List.of("華為"), "goods", "AI晶片", "status", "announced"))
                        .build(),
                fixtures.article("tm-hk", "美國全面加徵關稅", "美國宣布自4月5日起對所有國家的進口商品徵收10%關稅。",
                                "2026-05-03T02:00:00Z")
                        .fact("tariff_change", "徵收10%關稅", 10.0, "%", null, null,
                                Map.of("imposing_country", "United States", "affected_country", "all",
                                        "goods", "進口商品", "to", 10.0, "direction", "impose", "status", "in_force",
                                        "effective_date", "2026-04-05"))
                        .build(),
                fixtures.article("tm-list", "中美互列清单", "商务部宣布将两家美国企业列入不可靠实体清单。此前美国商务部将五家中国企业列入实体清单。",
                                "2026-05-04T02:00:00Z")
                        .fact("sanction", "将两家美国企业列入不可靠实体清单", null, null, null, null,
                                Map.of("imposing_country", "China", "affected_country", "United States",
                                        "list", "unreliable_entity_list", "status", "announced"))
                        .fact("sanction", "美国商务部将五家中国企业列入实体清单", null, null, null, null,
                                Map.of("imposing_country", "United States", "affected_country", "China",
                                        "list", "entity_list", "status", "announced"))
                        .build());
        for (ArticleEnriched event : events) {
            TestEvents.send(event.id(), json.writeValueAsString(event));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ArticleEnriched event : events) {
                given().when().get("/api/v1/articles/" + event.id()).then().statusCode(200);
            }
        });
        sent = true;
    }

    @Test
    void imposerInAnyNameFormOrId() {
        for (String imposer : List.of("美國", "美国", "United States", "Q30")) {
            given().queryParam("imposer", imposer).when().get("/api/v1/facts").then().statusCode(200)
                    .body("facts.articleId", containsInAnyOrder("tm-tw", "tm-hk", "tm-list"));
        }
        given().queryParam("imposer", "中國").queryParam("kind", "export_control").when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(1)).body("facts[0].articleId", equalTo("tm-cn"))
                .body("facts[0].attributes.effective_date", equalTo("2026-08-01"));
    }

    @Test
    void targetByCountryListedFirmOrAll() {
        given().queryParam("target", "中国").when().get("/api/v1/facts").then().statusCode(200)
                .body("facts.articleId", containsInAnyOrder("tm-tw", "tm-list"));
        // The firm was listed as 華為; the Simplified name and the English one find it.
        for (String firm : List.of("华为", "Huawei")) {
            given().queryParam("target", firm).when().get("/api/v1/facts").then().statusCode(200)
                    .body("facts.articleId", containsInAnyOrder("tm-tw"));
        }
        given().queryParam("target", "all").queryParam("kind", "tariff_change").when().get("/api/v1/facts").then()
                .statusCode(200).body("facts.articleId", containsInAnyOrder("tm-hk"));
    }

    @Test
    void productInEitherScript() {
        for (String product : List.of("晶片", "芯片")) {
            given().queryParam("product", product).when().get("/api/v1/facts").then().statusCode(200)
                    .body("facts.articleId", containsInAnyOrder("tm-tw"));
        }
        given().queryParam("product", "進口").queryParam("imposer", "美国").queryParam("target", "all").when()
                .get("/api/v1/facts").then().statusCode(200).body("facts.articleId", containsInAnyOrder("tm-hk"));
        given().queryParam("product", "鎵").when().get("/api/v1/facts").then().statusCode(200)
                .body("facts.articleId", containsInAnyOrder("tm-cn"));
    }

    @Test
    void sanctionsByTheListTheyAddTo() {
        given().queryParam("kind", "sanction").queryParam("list", "entity_list").when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(1)).body("facts[0].articleId", equalTo("tm-list"))
                .body("facts[0].attributes.imposing_country", equalTo("United States"));
        given().queryParam("list", "Unreliable_Entity_List").queryParam("imposer", "中國").when().get("/api/v1/facts")
                .then().statusCode(200).body("total", equalTo(1))
                .body("facts[0].attributes.list", equalTo("unreliable_entity_list"));
        given().queryParam("kind", "sanction").queryParam("list", "export_control_control_list").when()
                .get("/api/v1/facts").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("list", "entity_list").when().get("/api/v1/facts/export").then().statusCode(200)
                .header("X-Total-Count", "1");
    }

    @Test
    void malformedListIsRejected() {
        given().queryParam("list", "entity list!").when().get("/api/v1/facts").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("list must be a list code"));
    }

    @Test
    void overlongFiltersAreRejected() {
        given().queryParam("product", "x".repeat(101)).when().get("/api/v1/facts").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("product"));
    }
}
