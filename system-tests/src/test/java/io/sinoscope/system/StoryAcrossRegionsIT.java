package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stories across regions in the walking system: one central-bank decision reported the mainland, Taiwan and Hong Kong
 * way (加息25个基点 / 升息1碼 / 加息0.25厘; 日本央行 / 日銀) goes in through ingest, is analysed by nlp-service and
 * assigned by query-service's clusterer, and all three reports end in one story; the same bank's next decision two
 * days later (a cut in its bond purchases) starts a story of its own.
 */
class StoryAcrossRegionsIT {

    private static final String SOURCE = "story-it-" + UUID.randomUUID().toString().substring(0, 8);

    private static RunningSystem system;

    @BeforeAll
    static void startSuite() throws Exception {
        system = RunningSystem.start("story-test-key");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void oneEventFromThreeRegionsIsOneStoryAndTheSameActorsNextDecisionIsAnother() {
        List<String> event = new ArrayList<>();
        event.add(post("cn", "zh-CN", "2027-03-19T12:10:00+08:00", "日本央行宣布加息25个基点 政策利率升至1%",
                "日本央行19日结束货币政策会议，宣布将短期政策利率上调25个基点至1%，为1995年以来最高水平。日本央行行长植田和男"
                        + "在记者会上表示，工资和物价的良性循环正在形成，若经济前景如期实现，将继续上调利率。受此影响，日元兑美元"
                        + "汇率走强，日经225指数收跌1.2%。"));
        event.add(post("tw", "zh-TW", "2027-03-19T13:30:00+08:00", "日銀升息1碼 利率升至1% 創30年新高",
                "日本央行今天結束貨幣政策會議，宣布升息1碼，將短期政策利率調升至1%，為1995年以來最高。日銀總裁植田和男在"
                        + "記者會上說，薪資與物價的良性循環逐漸成形，若經濟展望如預期，將持續升息。日圓兌美元走強，日經225指數"
                        + "收黑1.2%，台股電子權值股同步承壓。"));
        event.add(post("hk", "zh-HK", "2027-03-19T15:00:00+08:00", "日本央行加息0.25厘 利率升至1厘",
                "日本央行周五議息後宣布加息0.25厘，短期政策利率升至1厘，為1995年以來最高。日本央行行長植田和男表示，"
                        + "工資與物價的良性循環正逐步形成，經濟前景若符合預期會繼續加息。日圓兌美元轉強，日經225指數收市跌"
                        + "1.2%，港股日股相關ETF亦受壓。"));
        String nextDecision = post("cn-next", "zh-CN", "2027-03-21T16:00:00+08:00", "日本央行决定放慢缩减购债步伐",
                "日本央行21日发布声明，决定自4月起将每季度减少购买日本国债的规模由4000亿日元下调至2000亿日元，以稳定长期"
                        + "利率。植田和男表示，国债市场流动性下降，需要更谨慎地推进缩表。分析人士认为，此举意在缓和10年期国债"
                        + "收益率急升。");

        List<String> stories = event.stream().map(StoryAcrossRegionsIT::storyOf).toList();
        assertEquals(stories.get(0), stories.get(1), "the Taiwan report of the rate rise: " + stories);
        assertEquals(stories.get(0), stories.get(2), "the Hong Kong report of the rate rise: " + stories);
        assertNotEquals(stories.get(0), storyOf(nextDecision), "the bank's next decision two days later");

        given().baseUri(system.query.baseUri()).when().get("/api/v1/stories/" + stories.get(0))
                .then().statusCode(200);
    }

    /** Posts the article and waits for its story, so that articles are assigned in the order they are posted. */
    private static String post(String externalId, String language, String publishedAt, String title, String text) {
        String id = given().baseUri(system.ingest.baseUri()).header("X-Api-Key", system.apiKey)
                .contentType(ContentType.JSON)
                .body(Map.of("externalId", SOURCE + "-" + externalId, "source", SOURCE, "title", title, "text", text,
                        "publishedAt", publishedAt, "language", language))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .extract().path("id");
        storyOf(id);
        return id;
    }

    /** The article's story, once query-service has stored and assigned it (articles are assigned in arrival order). */
    private static String storyOf(String articleId) {
        String[] story = new String[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            story[0] = given().baseUri(system.query.baseUri()).when().get("/api/v1/articles/" + articleId)
                    .then().statusCode(200).extract().path("storyId");
            assertNotNull(story[0], "no story yet for " + articleId);
        });
        return story[0];
    }
}
