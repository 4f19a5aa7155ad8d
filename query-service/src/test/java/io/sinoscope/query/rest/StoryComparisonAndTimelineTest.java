package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The cross-strait comparison on a story and the trade-measure timeline, over our own fictional reports sent through
 * articles.enriched: Australia raises its tariff on Indonesian nickel, reported by a mainland, a Taiwan and a Hong Kong
 * outlet that name the actors differently (澳大利亚/澳洲, 阿尔巴尼斯/艾班尼斯/阿爾巴尼斯) and disagree on the effective
 * date; a day later a second raise. Dated inside StoryResourceTest's window (2027-03-10 to 03-13), after its reports,
 * so that neither test's articles arrive late for the other's stories; parties no other test queries facts by.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StoryComparisonAndTimelineTest {

    private static final String PROBLEM = "application/problem+json";
    private static boolean sent;

    @Inject
    TextAnalyzer analyzer;

    private static Map<String, Object> tariff(String goods, double from, double to, String effective) {
        return Map.of("imposing_country", "Australia", "affected_country", "Indonesia", "goods", goods, "from", from,
                "to", to, "direction", "raise", "status", "announced", "effective_date", effective);
    }

    @BeforeEach
    void sendFixturesOnce() throws Exception {
        if (sent) {
            return;
        }
        Fixtures fixtures = new Fixtures(analyzer);
        List<ArticleEnriched> events = List.of(
                fixtures.article("cmp-cn", "澳大利亚宣布对印度尼西亚镍材关税由10%提高至30%",
                                "澳大利亚总理阿尔巴尼斯12日宣布，对自印度尼西亚进口的镍材加征的关税由10%提高至30%，9月1日起生效。"
                                        + "印度尼西亚贸易部表示，澳方做法违反世贸组织规则，印方将采取必要措施维护自身正当权益。"
                                        + "外交部发言人表示，希望有关各方通过对话妥善解决分歧。",
                                "2027-03-12T10:00:00Z")
                        .source("huaxia-wire").mentions("澳大利亚").mentions("阿尔巴尼斯").mentions("印度尼西亚")
                        .fact("tariff_change", "关税由10%提高至30%", 30.0, "%", null, null,
                                tariff("镍材", 10, 30, "2027-09-01"))
                        .build(),
                fixtures.article("cmp-tw", "澳洲宣布對印尼鎳材關稅從10%調高至30%",
                                "澳洲總理艾班尼斯12日宣布，對自印尼進口的鎳材課徵的關稅從10%調高至30%，9月1日起生效。"
                                        + "印尼貿易部回應，澳方做法違反世貿組織規則，將採取必要措施。行政院經貿談判辦公室表示，"
                                        + "將評估對台灣不鏽鋼業的影響；業者指出，以新台幣計價的訂單可望增加。",
                                "2027-03-12T12:00:00Z")
                        .source("formosa-daily").mentions("澳洲").mentions("艾班尼斯").mentions("印尼")
                        .mentions("台灣")
                        .fact("tariff_change", "關稅從10%調高至30%", 30.0, "%", null, null,
                                tariff("鎳材", 10, 30, "2027-09-01"))
                        .build(),
                fixtures.article("cmp-hk", "澳洲對印尼鎳材關稅由10%增至30%",
                                "澳洲總理阿爾巴尼斯周五宣布，將對從印尼進口的鎳材加徵關稅，稅率由10%增至30%，9月3日起生效。"
                                        + "印尼貿易部批評澳方違反世貿規則。本港學者認為，措施對本港金屬轉口商衝擊有限，"
                                        + "港府會密切留意對本港轉口貿易的影響。",
                                "2027-03-12T14:00:00Z")
                        .source("harbour-herald").mentions("澳洲").mentions("阿爾巴尼斯").mentions("印尼")
                        .fact("tariff_change", "稅率由10%增至30%", 30.0, "%", null, null,
                                tariff("鎳材", 10, 30, "2027-09-03"))
                        .build(),
                fixtures.article("cmp-cn-2", "澳大利亚宣布对印尼镍材关税再由30%提高至40%",
                                "澳大利亚政府13日再次宣布，对自印度尼西亚进口的镍材关税由30%提高至40%，10月1日起生效。"
                                        + "分析认为，此举将推高亚太地区不锈钢企业的原料成本。",
                                "2027-03-13T01:00:00Z")
                        .source("huaxia-wire").mentions("澳大利亚").mentions("印度尼西亚")
                        .fact("tariff_change", "关税由30%提高至40%", 40.0, "%", null, null,
                                tariff("镍材", 30, 40, "2027-10-01"))
                        .build());
        for (ArticleEnriched event : events) {
            TestEvents.send(event.id(), TestEvents.json(event));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (ArticleEnriched event : events) {
                given().get("/api/v1/articles/" + event.id()).then().statusCode(200).body("storyId", notNullValue());
            }
        });
        sent = true;
    }

    private static String storyOf(String articleId) {
        return given().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("storyId");
    }

    @Test
    void theStoryComparesItsRegionsCoverageEntitiesNamingTermsAndNumbers() {
        String story = storyOf("cmp-cn");
        assertEquals(story, storyOf("cmp-tw"));
        assertEquals(story, storyOf("cmp-hk"));
        var answer = given().get("/api/v1/stories/" + story).then().statusCode(200)
                .body("comparison.regions", equalTo(List.of("CN", "TW", "HK")))
                .body("comparison.coverage.CN.articles", equalTo(1))
                .body("comparison.coverage.CN.firstReport", equalTo("2027-03-12T10:00:00Z"))
                .body("comparison.coverage.TW.firstArticleId", equalTo("cmp-tw"))
                .body("comparison.coverage.HK.sources", equalTo(List.of("harbour-herald")))
                .body("comparison.coverage.HK.lastReport", equalTo("2027-03-12T14:00:00Z"))
                // Every region names Australia and Indonesia; only the Taiwan report names Taiwan.
                .body("comparison.entities.find { it.id == 'Q408' }.reportedBy", equalTo(List.of("CN", "TW", "HK")))
                .body("comparison.entities.find { it.id == 'Q408' }.omittedBy", equalTo(List.of()))
                .body("comparison.entities.find { it.id == 'Q865' }.reportedBy", equalTo(List.of("TW")))
                .body("comparison.entities.find { it.id == 'Q865' }.omittedBy", equalTo(List.of("CN", "HK")))
                // How each side writes the same actors.
                .body("comparison.naming.find { it.id == 'Q408' }.formsByRegion.CN[0].surface", equalTo("澳大利亚"))
                .body("comparison.naming.find { it.id == 'Q408' }.formsByRegion.TW[0].surface", equalTo("澳洲"))
                .body("comparison.naming.find { it.id == 'Q408' }.differs", equalTo(true))
                .body("comparison.naming.find { it.id == 'person:anthony-albanese' }.formsByRegion.TW[0].surface",
                        equalTo("艾班尼斯"))
                .body("comparison.naming.find { it.id == 'person:anthony-albanese' }.formsByRegion.HK[0].surface",
                        equalTo("阿爾巴尼斯"))
                // Taiwan is named in one region only: nothing to compare.
                .body("comparison.naming.id", equalTo(List.of("Q252", "Q408", "person:anthony-albanese")))
                // Distinctive terms: each listed with its counts and a z of at least the configured least z.
                .body("comparison.distinctiveTerms.keySet()", containsInAnyOrder("CN", "TW", "HK"))
                .body("comparison.distinctiveTerms.HK.z.flatten()", everyItem(greaterThanOrEqualTo(1.0f)))
                .body("comparison.distinctiveTerms.HK.count.flatten()", everyItem(greaterThanOrEqualTo(1)))
                // The measures per region, goods in the normalised script; the effective dates disagree.
                .body("comparison.measures.TW[0].product", equalTo("镍材"))
                .body("comparison.measures.HK[0].effectiveDate", equalTo("2027-09-03"))
                .body("comparison.disagreements.attribute", equalTo(List.of("effectiveDate")))
                .body("comparison.disagreements[0].valuesByRegion.CN", equalTo(List.of("2027-09-01")))
                .body("comparison.disagreements[0].valuesByRegion.HK", equalTo(List.of("2027-09-03")))
                .body("comparison.disagreements[0].articleIds", containsInAnyOrder("cmp-cn", "cmp-tw", "cmp-hk"))
                .extract();
        System.out.println("COMPARE distinctive terms " + answer.path("comparison.distinctiveTerms"));
        // The words one region alone uses stand out: 本港 (Hong Kong's "this territory"), said three times.
        List<String> hk = answer.path("comparison.distinctiveTerms.HK.term");
        List<String> cn = answer.path("comparison.distinctiveTerms.CN.term");
        org.junit.jupiter.api.Assertions.assertTrue(hk.contains("本港"), hk.toString());
        org.junit.jupiter.api.Assertions.assertFalse(cn.contains("本港") || cn.contains("镍材"), cn.toString());
    }

    @Test
    void theTimelineMergesReportsOfOneMeasureAndDrawsTheRatePath() {
        String story = storyOf("cmp-cn");
        for (String imposer : List.of("澳洲", "澳大利亚", "Q408")) {
            given().queryParam("kind", "tariff_change").queryParam("imposer", imposer).get("/api/v1/timeline").then()
                    .statusCode(200)
                    .body("sameMeasureDays", equalTo(3))
                    .body("events.size()", equalTo(2))
                    .body("events[0].imposer", equalTo("Australia"))
                    .body("events[0].target", equalTo("Indonesia"))
                    .body("events[0].product", equalTo("镍材"))
                    .body("events[0].from", equalTo(10.0f))
                    .body("events[0].to", equalTo(30.0f))
                    // 2027-09-03 is within 3 days of 2027-09-01: one measure, dated by its earliest effective date.
                    .body("events[0].date", equalTo("2027-09-01"))
                    .body("events[0].reports.articleId", containsInAnyOrder("cmp-cn", "cmp-tw", "cmp-hk"))
                    .body("events[0].reports.source", hasItem("formosa-daily"))
                    .body("events[0].reports.region", containsInAnyOrder("CN", "TW", "HK"))
                    .body("events[0].storyIds", equalTo(List.of(story)))
                    .body("events[1].date", equalTo("2027-10-01"))
                    .body("events[1].reports.articleId", equalTo(List.of("cmp-cn-2")))
                    .body("paths.size()", equalTo(1))
                    .body("paths[0].steps.from", equalTo(List.of(10.0f, 30.0f)))
                    .body("paths[0].steps.to", equalTo(List.of(30.0f, 40.0f)))
                    .body("paths[0].steps.date", equalTo(List.of("2027-09-01", "2027-10-01")));
        }
        // The product in the other script; a publication-date range; a kind with no such measure.
        given().queryParam("product", "鎳").queryParam("target", "印尼").get("/api/v1/timeline").then().statusCode(200)
                .body("events.size()", equalTo(2)).body("events.kind", everyItem(equalTo("tariff_change")));
        given().queryParam("imposer", "澳洲").queryParam("from", "2027-03-13").get("/api/v1/timeline").then()
                .statusCode(200).body("events.size()", equalTo(1)).body("events[0].to", equalTo(40.0f));
        given().queryParam("kind", "sanction").queryParam("imposer", "澳洲").get("/api/v1/timeline").then()
                .statusCode(200).body("events", equalTo(List.of())).body("paths", equalTo(List.of()));
    }

    @Test
    void badTimelineParametersAreProblems() {
        given().queryParam("kind", "tariff").get("/api/v1/timeline").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("kind"));
        given().queryParam("from", "soon").get("/api/v1/timeline").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("from"));
        given().queryParam("from", "2027-03-14").queryParam("to", "2027-03-01").get("/api/v1/timeline").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("imposer", "x".repeat(101)).get("/api/v1/timeline").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("imposer"));
    }
}
