package io.sinoscope.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ArticleEnrichedConsumerTest {

    /**
     * The first test of the class also waits for the consumer's first partition assignment, which took over 20 s on
     * a 2-core machine at load 30; a passing run returns as soon as the search answers, so the bound costs nothing.
     */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;
    @Inject
    AgroalDataSource dataSource;

    private static Response search(String q) {
        return given().queryParam("q", q).when().get("/api/v1/search");
    }

    @Test
    void aNewEntityIsAddedAndARenamedOneRefreshed() throws Exception {
        String text = "锂电池隔膜厂商宣布扩产计划。";
        ArticleEnriched first = TestEvents.article("qa-ent-1", "隔膜扩产", text,
                List.of(TestEvents.entity("test:separator-maker", "Separator Maker", "OTHER", "隔膜厂商", 3)), List.of(),
                "hash-ent-1");
        TestEvents.send(first.id(), json.writeValueAsString(first));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/entities/test:separator-maker").then()
                .statusCode(200).body("name", equalTo("Separator Maker")).body("type", equalTo("OTHER")));

        // A later analysis names and types it anew: the shared row follows, whatever article carries it.
        ArticleEnriched second = TestEvents.article("qa-ent-2", "隔膜厂商扩产", text,
                List.of(TestEvents.entity("test:separator-maker", "Separator Maker Ltd", "ORGANIZATION", "隔膜厂商", 3)),
                List.of(), "hash-ent-2");
        TestEvents.send(second.id(), json.writeValueAsString(second));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/entities/test:separator-maker").then()
                .statusCode(200).body("name", equalTo("Separator Maker Ltd")).body("type", equalTo("ORGANIZATION"))
                .body("mentionCount", equalTo(2)));
    }

    /**
     * Every consumer of every replica stores articles naming the same few entities. Storing one must not wait for
     * another transaction that holds an entity row as an update of its name does; an upsert that locked every row
     * it met (on conflict do update) made the consumers queue behind each other's whole transaction.
     */
    @Test
    void anArticleIsStoredWhileAnotherTransactionHoldsItsEntityForUpdate() throws Exception {
        String text = "光刻胶供应商获得新订单。";
        ArticleEnriched seed = TestEvents.article("qa-lock-1", "光刻胶订单", text,
                List.of(TestEvents.entity("test:resist-supplier", "Resist Supplier", "ORGANIZATION", "光刻胶供应商", 0)),
                List.of(), "hash-lock-1");
        TestEvents.send(seed.id(), json.writeValueAsString(seed));
        await().atMost(WAIT).untilAsserted(() -> search("光刻胶订单").then().body("total", equalTo(1)));

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var statement = holder.prepareStatement(
                    "select id from query.entity where id = 'test:resist-supplier' for no key update")) {
                statement.executeQuery().close();
            }
            ArticleEnriched next = TestEvents.article("qa-lock-2", "光刻胶追加订单", "光刻胶供应商获得追加订单。",
                    List.of(TestEvents.entity("test:resist-supplier", "Resist Supplier", "ORGANIZATION", "光刻胶供应商",
                            0)), List.of(), "hash-lock-2");
            TestEvents.send(next.id(), json.writeValueAsString(next));
            await().atMost(WAIT).untilAsserted(() -> search("追加订单").then().body("total", equalTo(1)));
            holder.rollback();
        }
    }

    @Test
    void eventIsStoredIndexedIdempotentAndRetracted() throws Exception {
        String text = "稀土磁铁出口许可审批周期延长，部分厂商库存仅够三周。";
        ArticleEnriched event = TestEvents.article("qa-1", "稀土出口审批放缓", text, List.of(),
                List.of(TestEvents.percent("三周", 3, 22)), "hash-1");
        TestEvents.send(event.id(), json.writeValueAsString(event));

        await().atMost(WAIT).untilAsserted(() -> search("稀土磁铁").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo("qa-1"))
                .body("hits[0].externalId", equalTo("ext-qa-1"))
                .body("hits[0].title", equalTo("稀土出口审批放缓"))
                .body("hits[0].snippet", containsString("<em>稀土磁铁</em>"))
                .body("facets.sources[0].value", equalTo("test-wire")));
        given().when().get("/api/v1/articles/qa-1").then().statusCode(200)
                .body("text", equalTo(text))
                .body("facts[0].kind", equalTo("percent"))
                .body("keywords", hasItem("芯片"));

        // The same version again changes nothing.
        TestEvents.send(event.id(), json.writeValueAsString(event));
        // A newer version replaces the old one, in the store and in the index.
        ArticleEnriched newer = TestEvents.article("qa-1", "稀土出口审批恢复", "稀土磁铁出口许可恢复正常审批。",
                List.of(), List.of(), "hash-2");
        TestEvents.send(newer.id(), json.writeValueAsString(newer));
        await().atMost(WAIT).untilAsserted(() -> search("稀土磁铁").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].title", equalTo("稀土出口审批恢复")));
        search("库存").then().body("total", equalTo(0));
        given().when().get("/api/v1/articles/qa-1").then().statusCode(200).body("facts.size()", equalTo(0));

        // A tombstone retracts it.
        TestEvents.send(event.id(), null);
        await().atMost(WAIT).untilAsserted(() -> search("稀土磁铁").then().statusCode(200).body("total", equalTo(0)));
        given().when().get("/api/v1/articles/qa-1").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void unreadableRecordIsSkippedWithoutBlockingTheNextOne() throws Exception {
        TestEvents.send("qa-bad", "{not json");
        ArticleEnriched good = TestEvents.article("qa-2", "港口吞吐量创新高", "今年一季度港口集装箱吞吐量创新高。",
                List.of(), List.of(), "hash-q2");
        TestEvents.send("qa-bad", json.writeValueAsString(good)); // same key: same partition, after the bad one
        await().atMost(WAIT).untilAsserted(() -> search("集装箱").then().statusCode(200)
                .body("hits.id", hasItem("qa-2")));
    }

    @Test
    void taiwanFormsAndTransliterationsFindMainlandText() throws Exception {
        String trumpId = analyzer.gazetteer().lookup("特朗普").orElseThrow().id();
        String text = "特朗普表示将对进口芯片加征关税，业界担忧成本上升。";
        ArticleEnriched event = TestEvents.article("qa-3", "芯片关税新动向", text,
                List.of(TestEvents.entity(trumpId, "Donald Trump", "PERSON", "特朗普", 0)), List.of(), "hash-q3");
        TestEvents.send(event.id(), json.writeValueAsString(event));

        await().atMost(WAIT).untilAsserted(() -> search("晶片").then().statusCode(200)
                .body("hits.id", hasItem("qa-3")));
        search("川普").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo("qa-3"))
                .body("hits[0].snippet", containsString("<em>特朗普</em>"))
                .body("facets.entities[0].id", equalTo(trumpId))
                .body("facets.entities[0].name", equalTo("Donald Trump"));
        search("川普 晶片 關稅").then().body("total", equalTo(1));
        search("川普 -晶片").then().body("total", equalTo(0));
        given().queryParam("q", "关税").queryParam("entity", trumpId).when().get("/api/v1/search").then()
                .body("total", equalTo(1));
        given().queryParam("q", "关税").queryParam("region", "tw").when().get("/api/v1/search").then()
                .body("total", equalTo(0));
        given().queryParam("q", "关税").queryParam("from", "2025-03-05").when().get("/api/v1/search").then()
                .body("total", equalTo(0));
        given().queryParam("q", "关税").queryParam("from", "2025-03-04").queryParam("to", "2025-03-04")
                .queryParam("sort", "date").when().get("/api/v1/search").then()
                .body("total", equalTo(1));
        given().when().get("/api/v1/articles/qa-3").then().statusCode(200)
                .body("entities[0].id", equalTo(trumpId))
                .body("entities[0].name", equalTo("Donald Trump"))
                .body("entities[0].mentions[0].surface", equalTo("特朗普"))
                .body("entities[0].mentions[0].start", equalTo(0))
                .body("entities[0].mentions[0].end", equalTo(3));
    }
}
