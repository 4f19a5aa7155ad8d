package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ArticleResourceTest {

    private static final String TAIWAN_TEXT = "行政院今天宣布，將投入新台幣三百億元補助本地晶片產業。\n經濟部表示，相關措施將於明年上路。";

    @Test
    void acceptedArticleIsStoredAndThenPublished() {
        String externalId = "tw-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("externalId", externalId, "source", "taipei-wire", "title", "晶片補助",
                        "text", TAIWAN_TEXT, "publishedAt", "2026-11-02T09:30:00+08:00", "language", "zh-TW"))
                .when().post("/api/v1/articles")
                .then().statusCode(202)
                .body("id", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .extract().path("id");

        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("source", equalTo("taipei-wire"))
                .body("externalId", equalTo(externalId))
                .body("text", equalTo(TAIWAN_TEXT))
                .body("publishedAt", equalTo("2026-11-02T01:30:00Z"))
                .body("cleanerVersion", matchesPattern(".+\\+data\\.[0-9a-f]{12}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/v1/articles/" + id)
                .then().body("status", equalTo("PUBLISHED")).body("publishedToKafkaAt", notNullValue()));
    }

    @Test
    void locationHeaderPointsAtTheStatusResource() {
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("source", "loc-test", "text", "北京消息，商务部发布新的出口管制措施。" + UUID.randomUUID()))
                .when().post("/api/v1/articles")
                .then().statusCode(202).extract();
        String id = response.path("id");
        given().when().get(response.header("Location")).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void sameSourceAndExternalIdKeepTheirIdAndIdenticalContentIsANoOp() {
        String externalId = "hk-" + UUID.randomUUID();
        Map<String, Object> article = Map.of("externalId", externalId, "source", "hk-daily",
                "text", "特朗普表示，將對部分進口商品加徵關稅，港元匯價保持穩定。");
        String first = given().contentType(ContentType.JSON).body(article).post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        String second = given().contentType(ContentType.JSON).body(article).post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");

        assertEquals(first, second);
        given().get("/api/v1/articles/" + first).then().body("version", equalTo(1));
        assertEquals(1, IngestTestDatabase.countArticles("external_id = ?", externalId));

        given().contentType(ContentType.JSON)
                .body(Map.of("externalId", externalId, "source", "hk-daily", "text", "更正：特朗普收回加徵關稅的說法。"))
                .post("/api/v1/articles").then().statusCode(202).body("id", equalTo(first));
        given().get("/api/v1/articles/" + first).then()
                .body("version", equalTo(2)).body("text", containsString("更正"));
    }

    @Test
    void htmlPageIsReducedToTheArticle() {
        String html = "<html><head><title>站點標題</title><script>var tracking=1;</script></head><body>"
                + "<nav>首頁 | 國際 | 財經</nav><article><h1>稀土出口新規</h1><p>商務部公布稀土出口許可新規定。</p>"
                + "<p>新規將於下月實施。</p></article><footer>版權所有 轉載請註明</footer></body></html>";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("source", "portal", "html", html, "externalId", "html-" + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        given().get("/api/v1/articles/" + id).then()
                .body("title", equalTo("稀土出口新規"))
                .body("text", equalTo("商務部公布稀土出口許可新規定。\n新規將於下月實施。"))
                .body("text", not(containsString("版權所有")))
                .body("removed", hasItem(startsWith("footer:")));
    }

    @Test
    void malformedJsonIsRejectedWithAProblemAndNothingIsStored() {
        long before = IngestTestDatabase.countArticles("true");
        given().contentType(ContentType.JSON).body("{\"source\": \"x\", \"text\": ")
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("not valid JSON"));
        assertEquals(before, IngestTestDatabase.countArticles("true"));
    }

    @Test
    void missingTextAndHtmlIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("source", "nothing-to-say", "title", "空"))
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'text'"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ?", "nothing-to-say"));
    }

    @Test
    void missingSourceAndBadFieldsNameTheFields() {
        given().contentType(ContentType.JSON).body(Map.of("text", "内容", "url", "ftp:/nope", "language", "chinese!"))
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("source"))
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("language"))
                .body("detail", containsString("source is required"));
    }

    @Test
    void invalidPublishedAtSaysWhichFieldAndWhy() {
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "s", "text", "内容", "publishedAt", "yesterday"))
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("publishedAt"));
    }

    @Test
    void oversizeBodyIsRefusedBeforeReadingIt() {
        String huge = "字".repeat(3_000_000);
        given().contentType(ContentType.JSON).body(Map.of("source", "too-big", "text", huge))
                .when().post("/api/v1/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("limit"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ?", "too-big"));
    }

    @Test
    void textAboveTheCharacterLimitIsRejected() {
        given().contentType(ContentType.JSON).body(Map.of("source", "long", "text", "a".repeat(1_000_001)))
                .when().post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("longer than 1000000"));
    }

    @Test
    void anArticleTooLargeForThePipelinesMessagesIsRefusedNotQueuedForever() {
        // 120,000 Han characters are 360,000 bytes of UTF-8: within the character limit, over the byte budget.
        given().contentType(ContentType.JSON).body(Map.of("source", "too-large-for-kafka", "text", "稀土".repeat(60_000)))
                .when().post("/api/v1/articles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("sinoscope.intake.max-article-bytes"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ?", "too-large-for-kafka"));
    }

    @Test
    void unknownArticleIsAProblem() {
        given().when().get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no article with id"));
    }
}
