package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.nio.charset.Charset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class RawArticleResourceTest {

    static {
        // REST Assured would otherwise label every body "charset=ISO-8859-1", which is exactly the wrong label
        // the service must (and does) refuse; these tests send bytes unlabelled unless they say otherwise.
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static final String HONG_KONG = "特首表示，政府會密切留意美國加徵關稅對本港出口嘅影響，港元匯價保持穩定。";
    private static final String MAINLAND = "商务部新闻发言人表示，中方将继续推动落实两国元首会晤达成的重要共识。";

    @Test
    void undeclaredBig5HkscsBytesAreDetectedAndStoredAsText() {
        String id = given().contentType("application/octet-stream")
                .queryParam("source", "hk-raw").queryParam("externalId", "hk-raw-" + UUID.randomUUID())
                .body(HONG_KONG.getBytes(Charset.forName("Big5-HKSCS")))
                .when().post("/api/v1/articles/raw")
                .then().statusCode(202).extract().path("id");

        given().get("/api/v1/articles/" + id).then()
                .body("text", equalTo(HONG_KONG))
                .body("charset", equalTo("Big5-HKSCS"))
                .body("charsetConfidence", greaterThan(0));
    }

    @Test
    void gbkHtmlPageIsDecodedFromItsMetaCharsetAndReducedToTheArticle() {
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>商务部：推动落实共识</title></head><body><nav>首页 > 新闻 > 正文</nav>"
                + "<article><p>" + MAINLAND + "</p></article><footer>网站声明</footer></body></html>";
        String id = given().contentType("application/octet-stream").queryParam("source", "cn-raw")
                .body(page.getBytes(Charset.forName("GBK")))
                .when().post("/api/v1/articles/raw")
                .then().statusCode(202).extract().path("id");

        given().get("/api/v1/articles/" + id).then()
                .body("text", equalTo(MAINLAND))
                .body("title", equalTo("商务部：推动落实共识"))
                .body("charset", equalTo("GB18030"));
    }

    @Test
    void declaredCharsetIsUsed() {
        String id = given().contentType("text/plain; charset=GB18030").queryParam("source", "cn-declared")
                .body(MAINLAND.getBytes(Charset.forName("GB18030")))
                .when().post("/api/v1/articles/raw")
                .then().statusCode(202).extract().path("id");
        given().get("/api/v1/articles/" + id).then().body("charsetConfidence", equalTo(100));
    }

    @Test
    void bytesThatContradictTheDeclaredCharsetAreRefusedAndNotStored() {
        given().contentType("text/plain; charset=UTF-8").queryParam("source", "liar")
                .body(HONG_KONG.getBytes(Charset.forName("Big5-HKSCS")))
                .when().post("/api/v1/articles/raw")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Unprocessable Content"))
                .body("detail", containsString("not valid UTF-8"));
        assertEquals(0, IngestTestDatabase.countArticles("source = ?", "liar"));
    }

    @Test
    void missingSourceIsABadRequest() {
        given().contentType("text/plain; charset=UTF-8").body(MAINLAND)
                .when().post("/api/v1/articles/raw")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("source is required"));
    }

    @Test
    void emptyBodyIsABadRequest() {
        given().contentType("text/plain").queryParam("source", "empty").body(new byte[0])
                .when().post("/api/v1/articles/raw")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("empty"));
    }
}
