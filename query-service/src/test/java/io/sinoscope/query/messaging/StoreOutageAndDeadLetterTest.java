package io.sinoscope.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * What happens to an articles.enriched record that cannot be stored: if the database is the problem it waits, holding
 * its partition and reported by readiness, and is stored once the database is back; if the record is the problem it
 * is dead-lettered with the reason and its partition goes on.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StoreOutageAndDeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String KEY = "test-key";
    private static final String CONSUMER_CHECK = "articles.enriched consumer";
    /** Before the fix, a record was given up after 4 attempts, 200 + 600 + 1800 ms apart. */
    private static final Duration OLD_GIVE_UP = Duration.ofMillis(2_600);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void articlesArrivingWhileTheSchemaIsAwayAreStoredOnceItIsBack() throws Exception {
        ArticleEnriched warmUp = TestEvents.article("so-0", "停电演练预热", "停电演练预热正文。", List.of(), List.of(),
                "hash-so-0");
        TestEvents.send(warmUp.id(), TestEvents.json(warmUp));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/so-0").then().statusCode(200));

        List<String> ids = new ArrayList<>();
        execute("alter schema query rename to query_away");
        try {
            for (int i = 1; i <= 5; i++) {
                String id = "so-" + i;
                ids.add(id);
                ArticleEnriched event = TestEvents.article(id, "停库期间第" + i + "篇", "数据库停用期间送达的第" + i
                        + "篇文章。", List.of(), List.of(), "hash-" + id);
                TestEvents.send(id, TestEvents.json(event));
            }
            // Readiness says which article waits and why, while it waits.
            await().atMost(WAIT).untilAsserted(() -> {
                JsonPath ready = JsonPath.from(given().get("/q/health/ready").then().statusCode(503).extract().asString());
                Map<String, Object> data = consumerCheck(ready);
                assertEquals("DOWN", ready.getString("checks.find { it.name == '" + CONSUMER_CHECK + "' }.status"));
                assertTrue(ids.contains((String) data.get("articleId")), data.toString());
                assertTrue(((String) data.get("lastError")).contains("query.article")
                        || ((String) data.get("lastError")).contains("42P01"), data.toString());
            });
            // Past the point where the old consumer gave up (4 attempts, 2.6 s) and skipped the record: still waiting.
            await().atMost(WAIT).untilAsserted(() -> {
                JsonPath stillDown = JsonPath.from(given().get("/q/health/ready").then().statusCode(503).extract()
                        .asString());
                Map<String, Object> data = consumerCheck(stillDown);
                assertTrue(((Number) data.get("attempts")).intValue() > 4, stillDown.prettify());
                assertTrue(((Number) data.get("stalledSeconds")).longValue() * 1000 > OLD_GIVE_UP.toMillis(),
                        stillDown.prettify());
            });
        } finally {
            execute("alter schema query_away rename to query");
        }

        for (String id : ids) {
            await().atMost(WAIT).untilAsserted(() -> given().queryParam("q", "数据库停用期间").queryParam("size", 50)
                    .get("/api/v1/search").then().statusCode(200).body("hits.id", hasItem(id)));
        }
        given().queryParam("q", "数据库停用期间").queryParam("size", 50).get("/api/v1/search").then()
                .body("total", equalTo(5));
        for (String id : ids) {
            assertEquals(1, count("select count(*) from query.article where id = '" + id + "'"), id);
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void anInvalidRecordIsDeadLetteredWithItsHeadersAndThePartitionGoesOn() throws Exception {
        String unreadable = "{\"id\": \"dl-1\", \"title\": 未完";
        TestEvents.send("dl-1", unreadable);
        TestEvents.send("dl-1", "{\"schemaVersion\": 1, \"title\": \"没有编号\"}"); // no id
        ArticleEnriched good = TestEvents.article("dl-1", "死信之后的文章", "死信之后同一分区的文章照常入库。", List.of(),
                List.of(), "hash-dl-1");
        TestEvents.send("dl-1", TestEvents.json(good)); // same key: same partition, after both bad ones

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/dl-1").then().statusCode(200)
                .body("title", equalTo("死信之后的文章")));
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.awaitAll(Topics.ARTICLES_ENRICHED_DLQ,
                r -> "dl-1".equals(r.key()), 2, WAIT);
        assertEquals(2, dead.size(), "both invalid records dead-lettered");
        ConsumerRecord<String, String> first = dead.get(0);
        assertEquals(unreadable, first.value(), "byte for byte");
        assertTrue(KafkaTestClient.header(first, "dead-letter-reason").contains("is not a valid event"),
                KafkaTestClient.header(first, "dead-letter-reason"));
        assertEquals(Topics.ARTICLES_ENRICHED, KafkaTestClient.header(first, "dead-letter-topic"));
        assertNotNull(KafkaTestClient.header(first, "dead-letter-partition"));
        assertNotNull(KafkaTestClient.header(first, "dead-letter-offset"));
        assertEquals(InvalidEventException.class.getName(),
                KafkaTestClient.header(first, "dead-letter-exception-class-name"));
        assertTrue(KafkaTestClient.header(dead.get(1), "dead-letter-reason").contains("has no id"));

        // Operators see them, and a replay sends them back (where they fail again, counted, not looping).
        JsonPath overview = given().header("X-Api-Key", KEY).queryParam("recent", 100).get("/api/v1/admin/dlq")
                .then().statusCode(200).body("topic", equalTo(Topics.ARTICLES_ENRICHED_DLQ)).extract().jsonPath();
        assertTrue(overview.getLong("pending") >= 2, overview.prettify());
        assertTrue(overview.getList("recent.articleId").contains("dl-1"), overview.prettify());
        given().get("/api/v1/admin/dlq").then().statusCode(401);

        String job = given().header("X-Api-Key", KEY).post("/api/v1/admin/dlq/replay").then().statusCode(202)
                .extract().path("id");
        await().atMost(WAIT).untilAsserted(() -> given().header("X-Api-Key", KEY).get("/api/v1/admin/jobs/" + job)
                .then().statusCode(200).body("state", equalTo("SUCCEEDED")));
        List<ConsumerRecord<String, String>> again = KafkaTestClient.awaitAll(Topics.ARTICLES_ENRICHED_DLQ,
                r -> "dl-1".equals(r.key()), 4, WAIT);
        assertEquals(4, again.size(), "each replayed invalid record dead-lettered once more");
        assertEquals("1", KafkaTestClient.header(again.get(3), "sinoscope-replays"));
        given().get("/api/v1/articles/dl-1").then().statusCode(200).body("title", equalTo("死信之后的文章"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> consumerCheck(JsonPath ready) {
        return (Map<String, Object>) ready.getMap("checks.find { it.name == '" + CONSUMER_CHECK + "' }").get("data");
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
