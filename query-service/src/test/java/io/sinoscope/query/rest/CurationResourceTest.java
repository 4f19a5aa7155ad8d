package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Analyst curation over its own fixtures (fictional names, so no other test's entities change): a foreign minister
 * spelt 马洛维 in a mainland article and 麥洛維 in a Taiwan one (two unlinked entities until merged), a company 北辰重工
 * HanLP did not link, a bank 京华 whose entity wrongly took the newspaper 京华日报.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CurationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WRITER = "test-feed-writer";
    static final String MALOVI_CN = "unlinked:PERSON:马洛维";
    static final String MALOVI_TW = "unlinked:PERSON:麦洛维";
    static final String BEICHEN = "test:beichen";
    static final String JINGHUA = "test:jinghua";
    static final String CN = "外长马洛维周二抵达北京，马洛维表示愿意加强两国经贸合作。";
    static final String TW = "外長麥洛維今天抵達台北，將與經濟部官員會談。";
    static final String B1 = "北辰集团周三公布财报，营收增长一成。";
    static final String B2 = "分析师认为北辰重工的订单仍在增加。";
    static final String B3 = "港媒報道，北辰重工將在本港設立區域總部。";
    static final String J1 = "京华银行行长接受京华日报专访时表示，京华将扩大小微贷款。";
    private static boolean sent;

    @BeforeEach
    void sendFixturesOnce() throws Exception {
        if (sent) {
            return;
        }
        List<ArticleEnriched> events = List.of(
                TestEvents.article("cur-cn", "马洛维访华", CN, List.of(new EnrichedEntity(MALOVI_CN, null, "PERSON",
                        List.of(TestEvents.mention("马洛维", 2, 5), TestEvents.mention("马洛维", 12, 15)))),
                        List.of(), "h-cur-cn"),
                TestEvents.article("cur-tw", "麥洛維訪台", TW, List.of(TestEvents.entity(MALOVI_TW, null, "PERSON",
                        "麥洛維", 2)), List.of(), "h-cur-tw"),
                TestEvents.article("cur-b1", "北辰财报", B1, List.of(TestEvents.entity(BEICHEN,
                        "Beichen Heavy Industries", "ORGANIZATION", "北辰集团", 0)), List.of(), "h-cur-b1"),
                TestEvents.article("cur-b2", "北辰订单", B2, List.of(TestEvents.entity(
                        "unlinked:ORGANIZATION:北辰重工", null, "ORGANIZATION", "北辰重工", 5)), List.of(), "h-cur-b2"),
                TestEvents.article("cur-b3", "北辰設總部", B3, List.of(), List.of(), "h-cur-b3"),
                TestEvents.article("cur-j1", "京华专访", J1, List.of(new EnrichedEntity(JINGHUA, "Jinghua Bank",
                        "ORGANIZATION", List.of(TestEvents.mention("京华", 0, 2), TestEvents.mention("京华日报", 8, 12),
                        TestEvents.mention("京华", 19, 21)))), List.of(), "h-cur-j1"));
        for (ArticleEnriched event : events) {
            TestEvents.send(event.id(), TestEvents.json(event));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ArticleEnriched event : events) {
                given().get("/api/v1/articles/" + event.id()).then().statusCode(200);
            }
        });
        sent = true;
    }

    private static io.restassured.response.ValidatableResponse post(String key, String path, Map<String, ?> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("X-Api-Key", key);
        }
        return request.post(path).then();
    }

    @Test
    void aMergeMovesMentionsAndTheMergedIdAndNamesResolveToTheSurvivor() {
        post(WRITER, "/api/v1/curation/entities/" + MALOVI_CN + "/merge",
                Map.of("entityId", MALOVI_TW, "reason", "same minister: 麥洛維 is the Taiwan spelling"))
                .statusCode(201)
                .body("override.kind", equalTo("MERGE"))
                .body("override.entityId", equalTo(MALOVI_CN))
                .body("override.otherEntityId", equalTo(MALOVI_TW))
                .body("override.aliasForms", hasItem("麥洛維"))
                .body("override.actor", notNullValue())
                .body("job.type", equalTo("curation"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/entities/" + MALOVI_CN)
                .then().statusCode(200).body("mentionCount", equalTo(3)).body("articleCount", equalTo(2))
                .body("curation.mergedIds", hasItem(MALOVI_TW)));
        // The merged id's profile is the survivor's, saying which id was asked for.
        given().get("/api/v1/entities/" + MALOVI_TW).then().statusCode(200)
                .body("id", equalTo(MALOVI_CN)).body("curation.requestedId", equalTo(MALOVI_TW));
        // Look-up by the merged spelling, in either script, finds the survivor first.
        for (String q : List.of("麥洛維", "麦洛维")) {
            given().queryParam("q", q).get("/api/v1/entities").then().statusCode(200)
                    .body("entities[0].id", equalTo(MALOVI_CN)).body("entities[0].exactMatch", equalTo(true))
                    .body("entities.id", not(hasItem(MALOVI_TW)));
        }
        // A search by either spelling finds both articles.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String q : List.of("麥洛維", "马洛维")) {
                given().queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                        .body("hits.id", hasItem("cur-cn")).body("hits.id", hasItem("cur-tw"));
            }
        });
        given().get("/api/v1/articles/cur-tw").then().body("entities.id", hasItem(MALOVI_CN))
                .body("entities.id", not(hasItem(MALOVI_TW)));
        given().get("/api/v1/curation/entities/" + MALOVI_TW + "/overrides").then().statusCode(200)
                .body("overrides[0].reason", startsWith("same minister"))
                .body("overrides[0].createdAt", notNullValue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/curation/entities/" + MALOVI_CN + "/overrides").then()
                .body("overrides[0].appliedAt", notNullValue()).body("overrides[0].publishedAt", notNullValue()));
    }

    @Test
    void anAddedAliasLinksUnlinkedNamesAndTextInStoredArticles() {
        post(WRITER, "/api/v1/curation/entities/" + BEICHEN + "/aliases",
                Map.of("alias", "北辰重工", "reason", "the group's listed arm trades under this name"))
                .statusCode(201).body("override.aliasForms", hasItem("北辰重工"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/entities/" + BEICHEN)
                .then().statusCode(200).body("mentionCount", equalTo(3))
                .body("curation.addedAliases", hasItem("北辰重工")));
        // b2's unlinked name and b3's plain text (Hong Kong, nothing linked) both link now.
        given().get("/api/v1/articles/cur-b3").then().body("entities.id", hasItem(BEICHEN));
        given().get("/api/v1/articles/cur-b2").then().body("entities.id", hasItem(BEICHEN))
                .body("entities.id", not(hasItem("unlinked:ORGANIZATION:北辰重工")));
        given().queryParam("q", "北辰重工").get("/api/v1/entities").then()
                .body("entities[0].id", equalTo(BEICHEN)).body("entities[0].exactMatch", equalTo(true));
        // The alias is taken now: adding it to another entity says whose it is and how to move it.
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/aliases", Map.of("alias", "北辰重工", "reason", "x"))
                .statusCode(409).contentType(PROBLEM)
                .body("detail", containsString(BEICHEN)).body("detail", containsString("split-alias"));
    }

    @Test
    void aSplitAliasMovesItsMentionsToANewEntityAndARejectedMentionLeavesTheArticle() {
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/split-alias", Map.of("alias", "京华日报", "name",
                "Jinghua Daily", "type", "ORGANIZATION", "reason", "the newspaper, not the bank"))
                .statusCode(201).body("override.otherEntityId", startsWith("curated:"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/entities/" + JINGHUA)
                .then().statusCode(200).body("mentionCount", equalTo(2)).body("names.name", not(hasItem("京华日报"))));
        String daily = given().queryParam("q", "京华日报").get("/api/v1/entities").then()
                .body("entities[0].name", equalTo("Jinghua Daily")).extract().path("entities[0].id");
        given().get("/api/v1/entities/" + daily).then().statusCode(200).body("type", equalTo("ORGANIZATION"));

        // The last 京华 is the bank; reject the first as a test of "that article only": both go (same surface).
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/reject-mention", Map.of("articleId", "cur-j1", "start", 0,
                "end", 2, "reason", "title word, not a mention")).statusCode(201)
                .body("override.alias", equalTo("京华"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/cur-j1").then()
                .body("entities.id", not(hasItem(JINGHUA))).body("entities.id", hasItem(daily)));
        given().get("/api/v1/curation/entities/" + JINGHUA + "/overrides").then()
                .body("overrides.kind", hasItem("REJECT_MENTION")).body("overrides.kind", hasItem("SPLIT_ALIAS"));
    }

    @Test
    void changesNeedTheWriteRoleAndSayWhatToFix() {
        Map<String, String> merge = Map.of("entityId", BEICHEN, "reason", "r");
        post(null, "/api/v1/curation/entities/" + JINGHUA + "/merge", merge).statusCode(401).contentType(PROBLEM);
        post("test-reader", "/api/v1/curation/entities/" + JINGHUA + "/merge", merge).statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("write"));
        post(WRITER, "/api/v1/curation/entities/no-such-entity/merge", merge).statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("GET /api/v1/entities?q="));
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/merge", Map.of("entityId", JINGHUA, "reason", "r"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("itself"));
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/merge", Map.of("entityId", BEICHEN))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("reason is required"));
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/aliases", Map.of("alias", "京", "reason", "r"))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("2 to"));
        post(WRITER, "/api/v1/curation/entities/" + JINGHUA + "/reject-mention", Map.of("articleId", "cur-j1", "start", 3,
                "end", 5, "reason", "r")).statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("GET /api/v1/articles/cur-j1"));
        post(WRITER, "/api/v1/curation/entities/" + BEICHEN + "/split-alias", Map.of("alias", "南山", "reason", "r"))
                .statusCode(409).contentType(PROBLEM).body("detail", containsString("nothing to split off"));
        given().queryParam("limit", 0).get("/api/v1/curation/overrides").then().statusCode(400)
                .contentType(PROBLEM);
        given().get("/api/v1/curation/overrides").then().statusCode(200).body("overrides", not(empty()));
    }
}
