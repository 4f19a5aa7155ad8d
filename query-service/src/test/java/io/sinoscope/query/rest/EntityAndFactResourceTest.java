package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.service.FactTable;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entity look-up, profiles and fact queries over three fixture articles about the same company written the way
 * each region writes it: 英伟达 (mainland), 英偉達 (Hong Kong), 輝達 (Taiwan).
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class EntityAndFactResourceTest {

    private static final String PROBLEM = "application/problem+json";
    static final String NVIDIA = "Q182477";
    static final String TSMC = "org:tsmc";
    static final String HUAWEI = "Q160120";
    static final String CN_TEXT = "英伟达与华为在人工智能芯片市场的竞争持续加剧。英伟达第三季度数据中心业务收入同比增长35%，"
            + "美方宣布对部分进口芯片加征关税。";
    static final String HK_TEXT = "英偉達行政總裁周二在港表示，公司會繼續向本地客戶供應晶片，並由台積電負責代工，"
            + "預計年內在港投資30億美元。";
    static final String TW_TEXT = "輝達宣布擴大在台投資，台積電將為其量產新一代晶片，投資金額達新台幣200億元，"
            + "首批產品預計明年上市。";
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
                fixtures.article("ef-cn", "英伟达数据中心收入大增", CN_TEXT, "2025-05-10T02:00:00Z")
                        .mentions("英伟达").mentions("华为")
                        .fact("percent", "35%", 35.0, "percent", null, null, Map.of("approximate", false))
                        .fact("tariff_change", "加征关税", null, null, null, null,
                                Map.of("imposer", "Donald Trump", "target", "芯片"))
                        .build(),
                fixtures.article("ef-hk", "英偉達擴大本港供應", HK_TEXT, "2025-05-11T03:00:00Z")
                        .mentions("英偉達").mentions("台積電")
                        .fact("money", "30億美元", 3.0e9, null, "USD", "2025-06-30", Map.of())
                        .build(),
                fixtures.article("ef-tw", "輝達加碼投資台灣", TW_TEXT, "2025-05-12T04:00:00Z")
                        .mentions("輝達").mentions("台積電")
                        .fact("money", "新台幣200億元", 2.0e10, null, "TWD", null, Map.of())
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
    void aliasInAnyScriptFindsTheEntityWithItsMentionCount() {
        for (String q : List.of("輝達", "英伟达", "英偉達", "Nvidia", "NVIDIA")) {
            given().queryParam("q", q).when().get("/api/v1/entities").then().statusCode(200)
                    .body("entities[0].id", equalTo(NVIDIA))
                    .body("entities[0].name", equalTo("Nvidia"))
                    .body("entities[0].type", equalTo("ORGANIZATION"))
                    .body("entities[0].mentionCount", equalTo(4))
                    .body("entities[0].exactMatch", equalTo(true));
        }
        // Simplified spelling of a name articles only wrote in Traditional.
        given().queryParam("q", "台积电").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities[0].id", equalTo(TSMC))
                .body("entities[0].mentionCount", equalTo(2));
        // Part of a name matches too, after the exact matches.
        given().queryParam("q", "nvid").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities.id", hasItem(NVIDIA));
    }

    @Test
    void knowledgeBaseEntityIsFoundByEnglishNameAndTonelessPinyin() {
        // 宁波 and 丁肇中 are not in the curated gazetteer: they come from the CC-CEDICT knowledge base.
        for (String q : List.of("Ningbo", "ningbo", "宁波市", "寧波")) {
            given().queryParam("q", q).when().get("/api/v1/entities").then().statusCode(200)
                    .body("entities[0].id", equalTo("cedict:location:宁波市"))
                    .body("entities[0].name", equalTo("Ningbo"))
                    .body("entities[0].exactMatch", equalTo(true));
        }
        for (String q : List.of("dingzhaozhong", "ding zhao zhong", "Samuel C. C. Ting")) {
            given().queryParam("q", q).when().get("/api/v1/entities").then().statusCode(200)
                    .body("entities[0].id", equalTo("cedict:person:丁肇中"))
                    .body("entities[0].exactMatch", equalTo(true));
        }
    }

    @Test
    void taiwanAliasFindsTheMainlandNamedEntity() {
        // 川普 is the Taiwan transliteration; the canonical entity is named 特朗普 in mainland text.
        given().queryParam("q", "川普").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities[0].id", equalTo("Q22686"))
                .body("entities[0].name", equalTo("Donald Trump"))
                .body("entities[0].exactMatch", equalTo(true));
    }

    @Test
    void entitySearchValidatesAndNeverInterpolates() {
        given().when().get("/api/v1/entities").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("q"));
        given().queryParam("q", "英").queryParam("limit", 0).when().get("/api/v1/entities").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("q", "英").queryParam("limit", "many").when().get("/api/v1/entities").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("q", "x'; drop table query.entity; --").when().get("/api/v1/entities").then()
                .statusCode(200).body("entities.size()", equalTo(0));
        given().queryParam("q", "%").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities.size()", equalTo(0));
        given().when().get("/api/v1/entities/" + NVIDIA).then().statusCode(200);
    }

    @Test
    void profileShowsVariantsTimelineCoOccurrenceAndRecentArticles() {
        given().when().get("/api/v1/entities/" + NVIDIA).then().statusCode(200)
                .body("id", equalTo(NVIDIA))
                .body("name", equalTo("Nvidia"))
                .body("type", equalTo("ORGANIZATION"))
                .body("mentionCount", equalTo(4))
                .body("articleCount", equalTo(3))
                .body("aliases", hasItem("輝達"))
                .body("names.name", contains("英伟达", "英偉達", "輝達"))
                .body("names[0].mentions", equalTo(2))
                .body("names[0].regions.CN", equalTo(2))
                .body("names.find { it.name == '輝達' }.regions.TW", equalTo(1))
                .body("timeline.date", contains("2025-05-10", "2025-05-11", "2025-05-12"))
                .body("timeline.articles", everyItem(equalTo(1)))
                .body("coOccurring[0].id", equalTo(TSMC))
                .body("coOccurring[0].name", equalTo("TSMC"))
                .body("coOccurring[0].articles", equalTo(2))
                .body("coOccurring.id", hasItem(HUAWEI))
                .body("recentArticles.id", contains("ef-tw", "ef-hk", "ef-cn"))
                .body("recentArticles[0].title", equalTo("輝達加碼投資台灣"))
                .body("recentArticles[0].publishedAt", equalTo("2025-05-12T04:00:00Z"));
    }

    @Test
    void unknownEntityIsNotFound() {
        given().when().get("/api/v1/entities/no-such-entity").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("no-such-entity"));
    }

    @Test
    void factsByEntityAliasInAnyScript() {
        for (String entity : List.of(NVIDIA, "輝達", "英伟达", "Nvidia")) {
            given().queryParam("entity", entity).when().get("/api/v1/facts").then().statusCode(200)
                    .body("total", equalTo(4))
                    .body("entityIds", contains(NVIDIA))
                    .body("facts.articleId", containsInAnyOrder("ef-cn", "ef-cn", "ef-hk", "ef-tw"));
        }
        given().queryParam("entity", "台积电").queryParam("kind", "money").when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(2))
                .body("facts.currency", containsInAnyOrder("USD", "TWD"));
    }

    @Test
    void factsWhoseAttributesNameTheEntity() {
        // No article mentions Trump; the tariff fact's attributes do.
        given().queryParam("entity", "川普").queryParam("kind", "tariff_change").when().get("/api/v1/facts").then()
                .statusCode(200)
                .body("facts.articleId", hasItem("ef-cn"))
                .body("facts.find { it.articleId == 'ef-cn' }.attributes.imposer", equalTo("Donald Trump"));
    }

    @Test
    void factCarriesItsArticleAndSpanInTheOriginalText() {
        int start = TW_TEXT.indexOf("新台幣200億元");
        given().queryParam("q", "200億").when().get("/api/v1/facts").then().statusCode(200)
                .body("total", equalTo(1))
                .body("facts[0].articleId", equalTo("ef-tw"))
                .body("facts[0].articleTitle", equalTo("輝達加碼投資台灣"))
                .body("facts[0].kind", equalTo("money"))
                .body("facts[0].text", equalTo("新台幣200億元"))
                .body("facts[0].value", equalTo(2.0e10f))
                .body("facts[0].start", equalTo(start))
                .body("facts[0].end", equalTo(start + "新台幣200億元".length()));
    }

    @Test
    void dateRangeUsesTheFactDateElseThePublicationDate() {
        // The HK fact is dated 2025-06-30 although its article appeared on 2025-05-11.
        given().queryParam("entity", NVIDIA).queryParam("from", "2025-06-01").when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(1)).body("facts[0].articleId", equalTo("ef-hk"));
        given().queryParam("entity", NVIDIA).queryParam("from", "2025-05-12").queryParam("to", "2025-05-12")
                .when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(1)).body("facts[0].articleId", equalTo("ef-tw"));
        given().queryParam("entity", NVIDIA).queryParam("to", "2025-05-10T23:59:59Z").when().get("/api/v1/facts")
                .then().statusCode(200).body("total", equalTo(2))
                .body("facts.articleId", everyItem(equalTo("ef-cn")));
    }

    @Test
    void factsArePaginated() {
        given().queryParam("entity", NVIDIA).queryParam("size", 3).when().get("/api/v1/facts").then()
                .statusCode(200).body("total", equalTo(4)).body("facts.size()", equalTo(3))
                .body("page", equalTo(0)).body("size", equalTo(3));
        given().queryParam("entity", NVIDIA).queryParam("size", 3).queryParam("page", 1).when()
                .get("/api/v1/facts").then().statusCode(200).body("facts.size()", equalTo(1));
        given().queryParam("entity", NVIDIA).queryParam("size", 3).queryParam("page", 5).when()
                .get("/api/v1/facts").then().statusCode(200).body("facts.size()", equalTo(0))
                .body("total", equalTo(4));
        // Newest first: the HK fact's own date (2025-06-30) is the latest.
        given().queryParam("entity", NVIDIA).when().get("/api/v1/facts").then()
                .body("facts[0].articleId", equalTo("ef-hk"));
    }

    @Test
    void factsSortByValueEitherWayWithValuelessFactsLast() {
        given().queryParam("entity", NVIDIA).queryParam("sort", "value_desc").when().get("/api/v1/facts").then()
                .statusCode(200).body("facts.value", contains(2.0e10f, 3.0e9f, 35.0f, null));
        given().queryParam("entity", NVIDIA).queryParam("sort", "VALUE_ASC").when().get("/api/v1/facts").then()
                .statusCode(200).body("facts.value", contains(35.0f, 3.0e9f, 2.0e10f, null));
        given().queryParam("sort", "size").when().get("/api/v1/facts").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("value_desc"));
    }

    @Test
    void factsExportAsCsvWithTheSameFiltersAndOrder() {
        String csv = given().queryParam("entity", "輝達").queryParam("sort", "value_desc").when()
                .get("/api/v1/facts/export").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Total-Count", "4")
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFF" + FactTable.HEADER + "\r\n"), csv);
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals(5, rows.length, csv);
        assertTrue(rows[1].startsWith("ef-tw,輝達加碼投資台灣,2025-05-12T04:00:00Z,"), rows[1]);
        assertTrue(rows[1].contains(",money,新台幣200億元,20000000000,,TWD,"), rows[1]);
        // JSON attributes hold quotes and commas: one quoted field with its quotes doubled.
        String tariff = rows[4];
        assertTrue(tariff.endsWith(",\"{\"\"target\"\": \"\"芯片\"\", \"\"imposer\"\": \"\"Donald Trump\"\"}\"")
                || tariff.endsWith(",\"{\"\"imposer\"\": \"\"Donald Trump\"\", \"\"target\"\": \"\"芯片\"\"}\""), tariff);
        given().queryParam("kind", "money; drop").when().get("/api/v1/facts/export").then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void unknownEntityHasNoFacts() {
        given().queryParam("entity", "不存在的公司").when().get("/api/v1/facts").then().statusCode(200)
                .body("total", equalTo(0)).body("facts.size()", equalTo(0));
    }

    @Test
    void badFactParametersAreProblems() {
        given().queryParam("size", 0).when().get("/api/v1/facts").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("size"));
        given().queryParam("size", 101).when().get("/api/v1/facts").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("between 1 and 100"));
        given().queryParam("page", -1).when().get("/api/v1/facts").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("page", "x").when().get("/api/v1/facts").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("from", "yesterday").when().get("/api/v1/facts").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("ISO-8601"));
        given().queryParam("from", "2025-06-01").queryParam("to", "2025-05-01").when().get("/api/v1/facts").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("after"));
        given().queryParam("kind", "money' or '1'='1").when().get("/api/v1/facts").then().statusCode(400)
                .contentType(PROBLEM);
        given().queryParam("q", "' or 1=1 --").when().get("/api/v1/facts").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("kind", "money").when().get("/api/v1/facts").then().statusCode(200)
                .body("facts.kind", everyItem(equalTo("money")))
                .body("facts.articleId", not(hasItem("ef-cn")));
    }
}
