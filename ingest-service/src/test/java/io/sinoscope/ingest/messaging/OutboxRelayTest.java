package io.sinoscope.ingest.messaging;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Against the real in-process broker: what the relay puts on articles.ingested is the contract, keyed by id. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptedArticleIsPublishedKeyedByIdWithTheContractFields() throws Exception {
        String text = "日本政府宣布，将对半导体材料出口实施新的审查程序。" + UUID.randomUUID();
        String id = submit(Map.of("source", "relay-test", "externalId", "relay-" + UUID.randomUUID(),
                "title", "出口审查", "text", text, "publishedAt", "2026-11-03T08:00:00Z"));

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_INGESTED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "no event for article " + id + " on " + Topics.ARTICLES_INGESTED);
        JsonNode event = json.readTree(record.value());
        assertEquals(1, event.get("schemaVersion").asInt());
        assertEquals(id, event.get("id").asText());
        assertEquals("relay-test", event.get("source").asText());
        assertEquals("出口审查", event.get("title").asText());
        assertEquals(text, event.get("text").asText());
        assertEquals("2026-11-03T08:00:00Z", event.get("publishedAt").asText());
        assertEquals(64, event.get("contentHash").asText().length());
        assertNotNull(event.get("ingestedAt"));
    }

    @Test
    void publishedEventCarriesTheCleaningReportTheStatusEndpointShows() throws Exception {
        String page = "<html><head><title>港口</title></head><body>"
                + "<nav>首页 新闻 国际 财经</nav>"
                + "<article><h1>港口吞吐量回升</h1>"
                + "<p>海关总署今天公布，上月沿海港口集装箱吞吐量同比增长百分之六，出口订单有所恢复。</p>"
                + "<p>业内人士认为，航运价格回落带动了中小企业的出货意愿。" + UUID.randomUUID() + "</p>"
                + "<p>责任编辑：李某</p></article>"
                + "<footer>本站所有内容未经许可不得转载</footer></body></html>";
        String id = submit(Map.of("source", "relay-cleaning", "externalId", "relay-cleaning-" + UUID.randomUUID(),
                "html", page));

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_INGESTED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "no event for article " + id + " on " + Topics.ARTICLES_INGESTED);
        JsonNode cleaning = json.readTree(record.value()).get("cleaning");
        assertTrue(cleaning != null && cleaning.isObject(), "the event carries no cleaning report: " + record.value());
        assertEquals("UTF-8", cleaning.get("charset").asText());
        assertEquals(100, cleaning.get("charsetConfidence").asInt());
        List<String> kinds = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (JsonNode removal : cleaning.get("removed")) {
            kinds.add(removal.get("kind").asText());
            lines.add(removal.get("kind").asText() + ": " + removal.get("text").asText());
        }
        assertTrue(kinds.containsAll(List.of("nav", "footer", "line")), "kinds: " + kinds);
        assertTrue(lines.contains("line: 责任编辑：李某"), "removed: " + lines);
        // The same report ingest-service shows, item for item.
        List<String> shown = given().get("/api/v1/articles/" + id).then().extract().path("removed");
        assertEquals(shown, lines);
    }

    @Test
    void detectedCharsetAndItsConfidenceTravelWithTheEvent() throws Exception {
        String text = "政府發言人表示，將密切留意外圍市場變化對本地出口的影響。" + UUID.randomUUID();
        String id = given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/octet-stream")
                .queryParam("source", "relay-big5").queryParam("externalId", "relay-big5-" + UUID.randomUUID())
                .body(text.getBytes(Charset.forName("Big5-HKSCS")))
                .post("/api/v1/articles/raw").then().statusCode(202).extract().path("id");

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_INGESTED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "no event for article " + id + " on " + Topics.ARTICLES_INGESTED);
        JsonNode cleaning = json.readTree(record.value()).get("cleaning");
        assertTrue(cleaning != null && cleaning.isObject(), "the event carries no cleaning report: " + record.value());
        assertEquals("Big5-HKSCS", cleaning.get("charset").asText());
        int confidence = given().get("/api/v1/articles/" + id).then().extract().path("charsetConfidence");
        assertEquals(confidence, cleaning.get("charsetConfidence").asInt());
        assertEquals(0, cleaning.get("removed").size(), "nothing was removed: " + cleaning);
    }

    @Test
    void retractionIsPublishedAsATombstoneAfterTheArticle() {
        String id = submit(Map.of("source", "retract-test", "externalId", "retract-" + UUID.randomUUID(),
                "text", "越南宣布下调部分农产品进口关税。"));
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));

        given().when().delete("/api/v1/articles/" + id)
                .then().statusCode(202).body("status", equalTo("RETRACTING"));

        var records = KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> id.equals(r.key()), 2, WAIT);
        assertEquals(2, records.size(), "expected the article and then its tombstone");
        assertNotNull(records.get(0).value());
        assertNull(records.get(1).value());
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then()
                .body("status", equalTo("RETRACTED")).body("retractedAt", notNullValue()));
    }

    /**
     * Every record says which version of the article it is, the tombstone too (in the sinoscope-version header, as it
     * has no value), so consumers order versions by ingest's numbering rather than by a clock, and remember what a
     * retraction retracted. Sent again after its retraction, the article is a new version.
     */
    @Test
    void everyRecordCarriesTheArticleVersionAndTheTombstoneInItsHeader() throws Exception {
        String externalId = "version-" + UUID.randomUUID();
        Map<String, Object> article = Map.of("source", "version-test", "externalId", externalId,
                "text", "泰国宣布延长部分电子产品的关税减免期限。");
        String id = submit(article);
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));
        given().when().delete("/api/v1/articles/" + id).then().statusCode(202);
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("RETRACTED")));
        assertEquals(id, submit(article));

        var records = KafkaTestClient.awaitAll(Topics.ARTICLES_INGESTED, r -> id.equals(r.key()), 3, WAIT);
        assertEquals(3, records.size(), "expected the article, its tombstone, and the article again");
        assertEquals(1, json.readTree(records.get(0).value()).get("version").asInt());
        assertEquals("1", KafkaTestClient.header(records.get(0), ArticleIngested.VERSION_HEADER));
        assertNull(records.get(1).value());
        assertEquals("1", KafkaTestClient.header(records.get(1), ArticleIngested.VERSION_HEADER),
                "the tombstone retracts version 1");
        assertEquals(2, json.readTree(records.get(2).value()).get("version").asInt());
        assertEquals("2", KafkaTestClient.header(records.get(2), ArticleIngested.VERSION_HEADER));
    }

    @Test
    void retractingAnUnknownArticleIsAProblem() {
        given().when().delete("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String submit(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }
}
