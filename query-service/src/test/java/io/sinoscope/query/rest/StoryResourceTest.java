package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * The story API over articles sent through articles.enriched like any other (our own fictional reports, dated after
 * every other test's so no other fixture shares their window): three regions' reports of one tariff decision end in
 * one story, a central-bank decision the same days naming the same country does not; listing filters, the detail,
 * analysts' merge and split, a retraction, and problem+json for bad input.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StoryResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WRITER = "test-feed-writer";
    private static final String READER = "test-reader";
    private static final String STORY = "storyId";
    private static boolean sent;

    @Inject
    TextAnalyzer analyzer;

    private static Map<String, Object> tariff(String goods, double from, double to) {
        return Map.of("imposing_country", "Japan", "affected_country", "South Korea", "goods", goods, "from", from,
                "to", to, "direction", "raise", "status", "announced");
    }

    @BeforeEach
    void sendFixturesOnce() throws Exception {
        if (sent) {
            return;
        }
        Fixtures fixtures = new Fixtures(analyzer);
        List<ArticleEnriched> events = List.of(
                fixtures.article("st-alu-cn", "日本宣布对韩国铝材关税由5%提高至20%",
                                "日本经济产业省10日宣布，对自韩国进口的铝材加征的关税由5%提高至20%，4月1日起生效。"
                                        + "韩国产业通商资源部表示，日方做法违反世贸组织规则，韩方将采取必要措施维护自身权益。",
                                "2027-03-10T02:00:00Z")
                        .source("huaxia-wire").mentions("日本").mentions("韩国")
                        .fact("tariff_change", "关税由5%提高至20%", 20.0, "%", null, null, tariff("铝材", 5, 20))
                        .build(),
                fixtures.article("st-alu-tw", "日本宣布對韓國鋁材關稅從5%調高至20%",
                                "日本經濟產業省10日宣布，對自韓國進口的鋁材課徵的關稅從5%調高至20%，4月1日起生效。"
                                        + "韓國產業通商資源部回應，日方做法違反世貿組織規則，將採取必要措施。"
                                        + "行政院經貿談判辦公室表示，將評估對台灣鋁業的影響；業者指出，台廠鋁材出口"
                                        + "日本可望受惠，以新台幣計價的訂單已見增加。",
                                "2027-03-10T05:00:00Z")
                        .source("formosa-daily").mentions("日本").mentions("韓國")
                        .fact("tariff_change", "關稅從5%調高至20%", 20.0, "%", null, null, tariff("鋁材", 5, 20))
                        .build(),
                fixtures.article("st-alu-hk", "日本對韓鋁材關稅由5%增至20%",
                                "日本經濟產業省周三宣布，將對從韓國進口的鋁材加徵關稅，稅率由5%增至20%，4月1日起生效。"
                                        + "韓國產業通商資源部批評日方違反世貿規則。本港學者認為，措施對本港鋁材轉口商衝擊有限，"
                                        + "港府會密切留意對本港轉口貿易的影響。",
                                "2027-03-10T09:00:00Z")
                        .source("harbour-herald").mentions("日本").mentions("韓國")
                        .fact("tariff_change", "稅率由5%增至20%", 20.0, "%", null, null, tariff("鋁材", 5, 20))
                        .build(),
                fixtures.article("st-boj-cn", "日本央行维持短期利率不变",
                                "日本银行11日结束货币政策会议，决定维持短期利率在0.5%不变。日本央行行长表示，"
                                        + "将密切关注物价走势和海外经济的不确定性，必要时调整宽松力度。",
                                "2027-03-11T03:00:00Z")
                        .source("huaxia-wire").mentions("日本").build(),
                fixtures.article("st-soy-cn", "巴西大豆装船量创新高",
                                "巴西港口本周大豆装船量升至一千二百万吨，创下同期新高。贸易商表示，南美丰收压低了国际豆价，"
                                        + "压榨企业加快采购节奏。",
                                "2027-03-11T06:00:00Z")
                        .source("grain-daily").build(),
                fixtures.article("st-quake-cn", "海边小城发生四级地震无人伤亡",
                                "地震台网测定，本地时间12日凌晨海边小城发生四点一级地震，震源深度十公里。"
                                        + "当地应急部门表示，地震未造成人员伤亡，部分老旧房屋墙体出现裂缝。",
                                "2027-03-12T01:00:00Z")
                        .source("huaxia-wire").build(),
                fixtures.article("st-quake-tw", "海邊小城發生四級地震無人傷亡",
                                "地震台網測定，當地時間12日凌晨海邊小城發生四點一級地震，震源深度十公里。"
                                        + "當地應急部門表示，地震未造成人員傷亡，部分老舊房屋牆體出現裂縫。",
                                "2027-03-12T02:00:00Z")
                        .source("formosa-daily").build());
        for (ArticleEnriched event : events) {
            TestEvents.send(event.id(), TestEvents.json(event));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ArticleEnriched event : events) {
                given().get("/api/v1/articles/" + event.id()).then().statusCode(200).body(STORY, notNullValue());
            }
        });
        sent = true;
    }

    private static String storyOf(String articleId) {
        return given().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("storyId");
    }

    private static io.restassured.response.ValidatableResponse post(String key, String path, Map<String, ?> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("X-Api-Key", key);
        }
        return request.post(path).then();
    }

    @Test
    void threeRegionsReportsOfOneEventAreOneStoryAndADistinctEventIsNot() {
        String alu = storyOf("st-alu-cn");
        assertEquals(alu, storyOf("st-alu-tw"));
        assertEquals(alu, storyOf("st-alu-hk"));
        assertNotEquals(alu, storyOf("st-boj-cn"));
        assertNotEquals(alu, storyOf("st-soy-cn"));
        given().get("/api/v1/articles/st-alu-tw").then().body("region", equalTo("TW"));
        given().get("/api/v1/articles/st-alu-hk").then().body("region", equalTo("HK"));
    }

    @Test
    void theDetailListsReportsFirstReportPerRegionSharedEntitiesAndMeasures() {
        String alu = storyOf("st-alu-cn");
        given().get("/api/v1/stories/" + alu).then().statusCode(200)
                .body("id", equalTo(alu))
                .body("title", equalTo("日本宣布对韩国铝材关税由5%提高至20%"))
                .body("articles", equalTo(3))
                .body("regions", equalTo(Map.of("CN", 1, "TW", 1, "HK", 1)))
                .body("firstPublished", equalTo("2027-03-10T02:00:00Z"))
                .body("lastPublished", equalTo("2027-03-10T09:00:00Z"))
                .body("members.articleId", equalTo(List.of("st-alu-cn", "st-alu-tw", "st-alu-hk")))
                .body("members.source", equalTo(List.of("huaxia-wire", "formosa-daily", "harbour-herald")))
                .body("members[1].script", equalTo("TRADITIONAL"))
                .body("members[1].title", equalTo("日本宣布對韓國鋁材關稅從5%調高至20%"))
                .body("firstReportByRegion.TW.articleId", equalTo("st-alu-tw"))
                .body("firstReportByRegion.CN.publishedAt", equalTo("2027-03-10T02:00:00Z"))
                // 韩国 and 韓國 are one entity, named in all three regions; so is Japan.
                .body("sharedEntities.find { it.name == 'Japan' }.regions", equalTo(List.of("CN", "HK", "TW")))
                .body("sharedEntities.size()", equalTo(2))
                .body("facts.kind", everyItem(equalTo("tariff_change")))
                .body("facts.articleId", equalTo(List.of("st-alu-cn", "st-alu-tw", "st-alu-hk")))
                .body("facts[1].attributes.goods", equalTo("鋁材"));
    }

    @Test
    void theListingFiltersByTextEntityRegionAndTime() {
        String alu = storyOf("st-alu-cn");
        String boj = storyOf("st-boj-cn");
        // Title text in either script.
        for (String q : List.of("铝材", "鋁材")) {
            given().queryParam("q", q).get("/api/v1/stories").then().statusCode(200)
                    .body("total", equalTo(1)).body("stories[0].id", equalTo(alu))
                    .body("stories[0].regions.HK", equalTo(1))
                    .body("stories[0].firstPublished", equalTo("2027-03-10T02:00:00Z"))
                    .body("stories[0].lastPublished", equalTo("2027-03-10T09:00:00Z"));
        }
        // Japan by any name form or id: both stories naming it, the newest report first.
        for (String entity : List.of("日本", "Japan")) {
            given().queryParam("entity", entity).queryParam("from", "2027-03-01").get("/api/v1/stories").then()
                    .statusCode(200).body("stories.id", equalTo(List.of(boj, alu)))
                    .body("entityIds", not(equalTo(List.of())));
        }
        // Until 03-11: StoryComparisonAndTimelineTest's Hong Kong report of 03-12 shares the database.
        given().queryParam("region", "hk").queryParam("from", "2027-03-01").queryParam("to", "2027-03-11")
                .get("/api/v1/stories").then()
                .statusCode(200).body("stories.id", equalTo(List.of(alu)));
        given().queryParam("from", "2027-03-11").queryParam("to", "2027-03-11").get("/api/v1/stories").then()
                .statusCode(200).body("stories.id", hasItem(boj)).body("stories.id", not(hasItem(alu)));
        given().queryParam("from", "2027-03-01").queryParam("size", "1").queryParam("page", "1")
                .get("/api/v1/stories").then().statusCode(200).body("size", equalTo(1)).body("page", equalTo(1))
                .body("stories.size()", equalTo(1));
    }

    @Test
    void analystsMergeAndSplitStoriesAndBothAreRecorded() {
        String boj = storyOf("st-boj-cn");
        String soy = storyOf("st-soy-cn");
        post(READER, "/api/v1/stories/" + soy + "/merge", Map.of("into", boj)).statusCode(403);
        post(null, "/api/v1/stories/" + soy + "/merge", Map.of("into", boj)).statusCode(401);

        post(WRITER, "/api/v1/stories/" + soy + "/merge", Map.of("into", boj, "reason", "test: one market day"))
                .statusCode(200).body("id", equalTo(boj)).body("articles", equalTo(2))
                .body("members.articleId", containsInAnyOrder("st-boj-cn", "st-soy-cn"))
                .body("events[0].kind", equalTo("MERGED_FROM")).body("events[0].otherStoryId", equalTo(soy))
                .body("events[0].actor", notNullValue()).body("events[0].reason", equalTo("test: one market day"));
        assertEquals(boj, storyOf("st-soy-cn"));
        given().get("/api/v1/stories/" + soy).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString(boj));
        post(WRITER, "/api/v1/stories/" + soy + "/merge", Map.of("into", boj)).statusCode(409)
                .contentType(PROBLEM);

        String split = post(WRITER, "/api/v1/stories/" + boj + "/split", Map.of("articleIds", List.of("st-soy-cn")))
                .statusCode(201).body("articles", equalTo(1))
                .body("members.articleId", equalTo(List.of("st-soy-cn")))
                .body("events[0].kind", equalTo("SPLIT_FROM")).body("events[0].otherStoryId", equalTo(boj))
                .extract().path("id");
        assertNotEquals(soy, split);
        assertEquals(split, storyOf("st-soy-cn"));
        given().get("/api/v1/stories/" + boj).then().statusCode(200).body("articles", equalTo(1))
                .body("title", equalTo("日本央行维持短期利率不变"))
                .body("events.kind", equalTo(List.of("MERGED_FROM", "SPLIT_OFF")))
                .body("events[1].articleIds", equalTo(List.of("st-soy-cn")));
    }

    @Test
    void aRetractedArticleLeavesItsStory() throws Exception {
        String quake = storyOf("st-quake-cn");
        assertEquals(quake, storyOf("st-quake-tw"));
        TestEvents.send("st-quake-tw", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/st-quake-tw").then().statusCode(404));
        given().get("/api/v1/stories/" + quake).then().statusCode(200).body("articles", equalTo(1))
                .body("members.articleId", equalTo(List.of("st-quake-cn")))
                .body("regions", equalTo(Map.of("CN", 1)))
                .body("lastPublished", equalTo("2027-03-12T01:00:00Z"))
                .body("events.kind", equalTo(List.of("RETRACTED")))
                .body("events[0].articleIds", equalTo(List.of("st-quake-tw")));
    }

    @Test
    void aNewVersionKeepsItsStory() throws Exception {
        String alu = storyOf("st-alu-cn");
        ArticleEnriched revised = new Fixtures(analyzer).article("st-alu-cn", "日本宣布对韩国铝材关税由5%提高至20%",
                        "日本经济产业省10日宣布，对自韩国进口的铝材加征的关税由5%提高至20%，4月1日起生效。"
                                + "韩国产业通商资源部表示，日方做法违反世贸组织规则。（更新：补充生效日期）",
                        "2027-03-10T02:00:00Z")
                .source("huaxia-wire").mentions("日本").mentions("韩国")
                .fact("tariff_change", "关税由5%提高至20%", 20.0, "%", null, null, tariff("铝材", 5, 20))
                .build();
        TestEvents.send(revised.id(), TestEvents.json(revised));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/st-alu-cn").then()
                .body("text", containsString("更新")));
        assertEquals(alu, storyOf("st-alu-cn"));
        given().get("/api/v1/stories/" + alu).then().body("articles", equalTo(3));
    }

    @Test
    void badInputIsAProblem() {
        given().get("/api/v1/stories/story-unknown").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("story-unknown"));
        given().queryParam("region", "XX").get("/api/v1/stories").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("region"));
        given().queryParam("from", "yesterday-ish").get("/api/v1/stories").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("from"));
        given().queryParam("from", "2027-03-12").queryParam("to", "2027-03-01").get("/api/v1/stories").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("size", "0").get("/api/v1/stories").then().statusCode(400).contentType(PROBLEM);

        String alu = storyOf("st-alu-cn");
        post(WRITER, "/api/v1/stories/" + alu + "/merge", Map.of("into", alu)).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("itself"));
        post(WRITER, "/api/v1/stories/" + alu + "/merge", Map.of("into", "story-nowhere")).statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("story-nowhere"));
        post(WRITER, "/api/v1/stories/" + alu + "/merge", Map.of()).statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("into"));
        post(WRITER, "/api/v1/stories/story-unknown/merge", Map.of("into", alu)).statusCode(404)
                .contentType(PROBLEM);
        post(WRITER, "/api/v1/stories/" + alu + "/split", Map.of("articleIds", List.of("st-quake-cn")))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("st-quake-cn"));
        post(WRITER, "/api/v1/stories/" + alu + "/split",
                Map.of("articleIds", List.of("st-alu-cn", "st-alu-tw", "st-alu-hk")))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("every report"));
        post(WRITER, "/api/v1/stories/" + alu + "/split", Map.of("articleIds", List.of())).statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("articleIds"));
        given().get("/api/v1/stories/" + alu).then().statusCode(200).body("articles", equalTo(3))
                .body("events", equalTo(List.of()));
    }
}
