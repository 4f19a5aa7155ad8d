package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snippets in the original script, the topic filter and facet, and the freshness boost. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class SnippetTopicFreshnessTest {

    static final String TW_TEXT = "台積電表示，新一代晶片將於明年第二季量產，客戶包括多家美國科技公司。";
    static final String HK_TEXT = "本港數據中心營運商指出，晶片供應緊張令伺服器交貨期延長至六個月，租戶紛紛提早落單。";
    static final String CN_TEXT = "国产芯片企业加快扩产步伐，多条十二英寸生产线预计年底前投产。";
    static final String STALE_TEXT = "晶片測試報告顯示良率提升，封裝成本下降。";
    static final String FRESH_TEXT = "低空经济示范区新增无人机物流航线十条。";
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
        ArticleEnriched tw = fixtures.article("sn-tw", "台積電新晶片明年量產", TW_TEXT, "2025-05-20T01:00:00Z")
                .mentions("台積電").topics("semiconductors", "taiwan").build();
        ArticleEnriched hk = fixtures.article("sn-hk", "數據中心晶片短缺", HK_TEXT, "2025-05-21T01:00:00Z")
                .topics("data-centres").build();
        ArticleEnriched cn = fixtures.article("sn-cn", "国产芯片扩产", CN_TEXT, "2025-05-22T01:00:00Z")
                .topics("semiconductors").build();
        // Analysed by another version of the library: its normalised text is not what normalize() gives today.
        ArticleEnriched staleBase = fixtures.article("sn-stale", "晶片測試", STALE_TEXT, "2025-05-23T01:00:00Z").build();
        ArticleEnriched stale = new ArticleEnriched(staleBase.schemaVersion(), staleBase.id(), staleBase.externalId(),
                staleBase.source(), staleBase.url(), staleBase.title(), staleBase.text(), staleBase.publishedAt(),
                staleBase.contentHash(), staleBase.normalizedTitle(), "芯片测试报告：良率提升，封装成本下降（旧版）",
                staleBase.script(), staleBase.region(), staleBase.regionConfidence(), staleBase.entities(),
                staleBase.facts(), staleBase.keywords(), staleBase.topics(), staleBase.summary(), "old-0",
                staleBase.enrichedAt(), staleBase.cleaning(), null);
        // Same words, ten years apart; the old one is indexed first, so only the boost puts the new one first.
        ArticleEnriched old = fixtures.article("fr-old", "无人机物流", FRESH_TEXT, "2015-05-01T00:00:00Z").build();
        ArticleEnriched recent = fixtures.article("fr-new", "无人机物流", FRESH_TEXT,
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()).build();
        for (ArticleEnriched event : List.of(tw, hk, cn, stale)) {
            TestEvents.send(event.id(), json.writeValueAsString(event));
        }
        TestEvents.send("fr", json.writeValueAsString(old));
        TestEvents.send("fr", json.writeValueAsString(recent));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "无人机物流").when()
                .get("/api/v1/search").then().body("total", equalTo(2)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "良率").when()
                .get("/api/v1/search").then().body("total", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "芯片").queryParam("size", 100)
                .when().get("/api/v1/search").then().body("hits.id", hasItems("sn-tw", "sn-hk", "sn-cn", "sn-stale")));
        sent = true;
    }

    private static String snippet(String q, String id) {
        Response response = given().queryParam("q", q).queryParam("size", 100).when().get("/api/v1/search");
        response.then().statusCode(200).body("hits.id", hasItem(id));
        return response.path("hits.find { it.id == '" + id + "' }.snippet");
    }

    private static String plain(String snippet) {
        return snippet.replace("<em>", "").replace("</em>", "");
    }

    @Test
    void taiwanSnippetIsInTheOriginalScriptWhenQueriedInSimplified() {
        for (String q : List.of("芯片", "晶片")) {
            String snippet = snippet(q, "sn-tw");
            assertTrue(snippet.contains("<em>晶片</em>"), snippet);
            assertTrue(!snippet.contains("芯片"), snippet);
            assertTrue(TW_TEXT.contains(plain(snippet)), snippet);
        }
        String company = snippet("台积电", "sn-tw");
        assertTrue(company.contains("<em>台積電</em>"), company);
    }

    @Test
    void everyRegionalSnippetIsCutFromTheOriginal() {
        String hk = snippet("芯片", "sn-hk");
        assertTrue(HK_TEXT.contains(plain(hk)), hk);
        assertTrue(hk.contains("<em>"), hk);
        String cn = snippet("晶片", "sn-cn");
        assertTrue(cn.contains("<em>芯片</em>"), cn);
        assertTrue(CN_TEXT.contains(plain(cn)), cn);
    }

    @Test
    void snippetFallsBackToTheNormalisedTextWhenTheAnalyzerChanged() {
        String snippet = snippet("良率", "sn-stale");
        assertTrue(snippet.contains("<em>良率</em>"), snippet);
        assertTrue(snippet.contains("旧版"), snippet);
    }

    @Test
    void topicFilterAndFacet() {
        given().queryParam("q", "芯片").queryParam("topic", "semiconductors").queryParam("size", 100).when()
                .get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("hits.id", hasItem("sn-tw"))
                .body("hits.id", hasItem("sn-cn"))
                .body("facets.topics.find { it.value == 'semiconductors' }.count", equalTo(2))
                .body("facets.topics.find { it.value == 'taiwan' }.count", equalTo(1));
        given().queryParam("q", "芯片").queryParam("size", 100).when().get("/api/v1/search").then()
                .body("facets.topics.find { it.value == 'data-centres' }.count", equalTo(1));
        given().queryParam("q", "芯片").queryParam("topic", "no-such-topic").when().get("/api/v1/search").then()
                .statusCode(200).body("total", equalTo(0)).body("facets.topics.size()", equalTo(0));
    }

    @Test
    void fresherArticleRanksFirstAmongEquals() {
        given().queryParam("q", "无人机物流").when().get("/api/v1/search").then().statusCode(200)
                .body("hits[0].id", equalTo("fr-new"))
                .body("hits[1].id", equalTo("fr-old"));
        // Sorted by date the boost plays no part; still newest first.
        given().queryParam("q", "无人机物流").queryParam("sort", "date").when().get("/api/v1/search").then()
                .body("hits[0].id", equalTo("fr-new"));
        given().queryParam("q", "无人机物流").when().get("/api/v1/search").then()
                .body("hits[0].snippet", not(containsString("&lt;em")));
    }
}
