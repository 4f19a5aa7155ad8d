package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Watches over the API: who may create, see and change them, what a body must hold, and the notices newly indexed
 * articles produce (a search in any regional form, an entity in any spelling, a fact condition, a paused watch, a
 * replayed event, a retraction). Fixtures are own sentences about fictional or generic events; each test uses words
 * no other fixture of this suite uses, so the notices it waits for are its own.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class WatchResourceTest {

    private static final String PROBLEM = "application/problem+json";
    static final String WRITER = "test-feed-writer";
    static final String OTHER = "test-watcher";
    static final String ADMIN = "test-key";
    static final String READER = "test-reader";
    /** Generous: the first article of a run waits for the consumer to join its group on a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(120);

    static ValidatableResponse create(String key, Map<String, ?> body) {
        return given().header("X-Api-Key", key).contentType(ContentType.JSON).body(body).post("/api/v1/watches")
                .then();
    }

    static String created(String key, Map<String, ?> body) {
        return create(key, body).statusCode(201).extract().path("watch.id");
    }

    static ValidatableResponse deliveries(String key, String id) {
        return given().header("X-Api-Key", key).get("/api/v1/watches/" + id + "/deliveries").then().statusCode(200);
    }

    /** An event as nlp-service writes it: the original text, its mainland normalisation, entities and facts. */
    static ArticleEnriched article(String id, String region, String text, String normalized,
            List<EnrichedEntity> entities, List<ExtractedFact> facts, long version) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "ext-" + id, "watch-wire",
                "https://example.org/" + id, text, text, Instant.parse("2026-03-04T05:06:07Z"), "h-" + id + "-" + version,
                normalized, normalized, region.equals("CN") ? "SIMPLIFIED" : "TRADITIONAL", region, 0.9, entities,
                facts, List.of(), List.of(), null, "test-1", Instant.parse("2026-03-04T06:00:00Z"), null, null)
                .withVersion(version);
    }

    static void send(ArticleEnriched event) throws Exception {
        TestEvents.send(event.id(), TestEvents.json(event));
    }

    @Test
    void aWatchBelongsToItsKey() {
        String id = created(WRITER, Map.of("name", "稀土 watch", "q", "稀土 出口"));
        given().header("X-Api-Key", WRITER).get("/api/v1/watches/" + id).then().statusCode(200)
                .body("name", equalTo("稀土 watch")).body("q", equalTo("稀土 出口")).body("paused", equalTo(false))
                .body("secret", nullValue()).body("owner", not(containsString(WRITER)));
        // Another key neither sees nor changes it: as if it did not exist.
        given().header("X-Api-Key", OTHER).get("/api/v1/watches/" + id).then().statusCode(404)
                .contentType(PROBLEM).body("detail", containsString(id));
        given().header("X-Api-Key", OTHER).post("/api/v1/watches/" + id + "/pause").then().statusCode(404);
        given().header("X-Api-Key", OTHER).delete("/api/v1/watches/" + id).then().statusCode(404);
        given().header("X-Api-Key", OTHER).get("/api/v1/watches").then().statusCode(200)
                .body("watches.id", not(hasItem(id)));
        given().header("X-Api-Key", WRITER).get("/api/v1/watches").then().statusCode(200)
                .body("watches.id", hasItem(id));
        // The admin key sees every watch.
        given().header("X-Api-Key", ADMIN).get("/api/v1/watches/" + id).then().statusCode(200);
        given().header("X-Api-Key", ADMIN).get("/api/v1/watches").then().body("watches.id", hasItem(id));
        // Reading needs a key; creating needs the write role.
        given().get("/api/v1/watches").then().statusCode(401);
        create(READER, Map.of("name", "x", "q", "稀土")).statusCode(403);
        // Changed, paused, resumed and deleted by its owner.
        given().header("X-Api-Key", WRITER).contentType(ContentType.JSON)
                .body(Map.of("name", "稀土 and 镓", "q", "稀土 OR 镓", "region", "tw"))
                .put("/api/v1/watches/" + id).then().statusCode(200).body("q", equalTo("稀土 OR 镓"))
                .body("region", equalTo("TW"));
        given().header("X-Api-Key", WRITER).post("/api/v1/watches/" + id + "/pause").then().statusCode(200)
                .body("paused", equalTo(true));
        given().header("X-Api-Key", WRITER).post("/api/v1/watches/" + id + "/resume").then().statusCode(200)
                .body("paused", equalTo(false));
        given().header("X-Api-Key", WRITER).delete("/api/v1/watches/" + id).then().statusCode(204);
        given().header("X-Api-Key", WRITER).get("/api/v1/watches/" + id).then().statusCode(404);
    }

    @Test
    void theSecretIsGeneratedAndShownOnce() {
        create(WRITER, Map.of("name", "secret", "q", "锂电池")).statusCode(201)
                .body("secret", startsWith("whsec_")).body("watch.secret", nullValue());
        create(WRITER, Map.of("name", "own secret", "q", "锂电池", "secret", "a-secret-of-my-own-choosing"))
                .statusCode(201).body("secret", equalTo("a-secret-of-my-own-choosing"));
    }

    @Test
    void anUnusableBodyIsA400NamingTheField() {
        create(WRITER, Map.of("q", "芯片")).statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("name is required"));
        create(WRITER, Map.of("name", "nothing")).statusCode(400)
                .body("detail", startsWith("q, entityIds or factConditions is required"));
        // The search's own reading of q, with the position.
        create(WRITER, Map.of("name", "bad q", "q", "(芯片 出口")).statusCode(400)
                .body("detail", containsString("q cannot be read")).body("detail", containsString("position 1"));
        create(WRITER, Map.of("name", "bad region", "q", "芯片", "region", "JP")).statusCode(400)
                .body("detail", startsWith("region must be"));
        create(WRITER, Map.of("name", "filter alone", "region", "TW", "entityIds", List.of("x"))).statusCode(400)
                .body("detail", startsWith("q is required with source, region"));
        create(WRITER, Map.of("name", "bad fact", "factConditions", List.of(Map.of("currency", "dollars"))))
                .statusCode(400).body("detail", startsWith("factConditions[0].currency"));
        create(WRITER, Map.of("name", "negative", "factConditions", List.of(Map.of("minAmount", -1))))
                .statusCode(400).body("detail", startsWith("factConditions[0].minAmount"));
        create(WRITER, Map.of("name", "empty fact", "factConditions", List.of(Map.of()))).statusCode(400)
                .body("detail", startsWith("factConditions[0] names nothing"));
        create(WRITER, Map.of("name", "short secret", "q", "芯片", "secret", "short")).statusCode(400)
                .body("detail", startsWith("secret must be"));
    }

    @Test
    void aSearchWatchIsToldOfArticlesInEveryRegionalForm() throws Exception {
        String id = created(WRITER, Map.of("name", "光刻机", "q", "光刻机 出口"));
        send(article("w-litho-cn", "CN", "荷兰政府收紧光刻机出口许可。", "荷兰政府收紧光刻机出口许可。", List.of(),
                List.of(), 1));
        // Taiwan writes 曝光機 for 光刻机; nlp-service's normalisation gives the mainland word.
        send(article("w-litho-tw", "TW", "荷蘭政府收緊光刻機出口許可。", "荷兰政府收紧光刻机出口许可。", List.of(),
                List.of(), 1));
        send(article("w-litho-other", "CN", "光刻机厂商扩大国内产能。", "光刻机厂商扩大国内产能。", List.of(), List.of(),
                1));
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, id)
                .body("deliveries.articleId", hasItem("w-litho-cn")).body("deliveries.articleId", hasItem("w-litho-tw")));
        deliveries(WRITER, id).body("deliveries.articleId", not(hasItem("w-litho-other")))
                .body("deliveries[0].kind", equalTo("match")).body("deliveries[0].status", equalTo("RECORDED"))
                .body("deliveries[0].matchedBecause[0]", equalTo("search: 光刻机 出口"))
                .body("deliveries[0].idempotencyKey", startsWith(id + ":w-litho-"));
    }

    @Test
    void anEntityWatchIsToldOfTheEntityInAnySpelling() throws Exception {
        String trump = given().queryParam("q", "川普").get("/api/v1/entities").then().statusCode(200)
                .extract().path("entities[0].id");
        // The watch names the entity the Taiwan way; the articles were linked to its id by their own spellings.
        String id = created(WRITER, Map.of("name", "川普", "entityIds", List.of("川普")));
        send(article("w-ent-hk", "HK", "特朗普周四在白宮會見到訪的芬蘭總理。", "特朗普周四在白宫会见到访的芬兰总理。",
                List.of(TestEvents.entity(trump, "Donald Trump", "PERSON", "特朗普", 0)), List.of(), 1));
        send(article("w-ent-tw", "TW", "川普週四在白宮會見來訪的芬蘭總理。", "特朗普周四在白宫会见来访的芬兰总理。",
                List.of(TestEvents.entity(trump, "Donald Trump", "PERSON", "川普", 0)), List.of(), 1));
        send(article("w-ent-none", "CN", "芬兰总理周四结束访问。", "芬兰总理周四结束访问。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, id)
                .body("deliveries.articleId", hasItem("w-ent-hk")).body("deliveries.articleId", hasItem("w-ent-tw")));
        deliveries(WRITER, id).body("deliveries.articleId", not(hasItem("w-ent-none")))
                .body("deliveries[0].matchedBecause[0]", equalTo("entity: " + trump));
    }

    @Test
    void aFactWatchIsToldOfTheFactItWaitsFor() throws Exception {
        String tariffs = created(WRITER, Map.of("name", "India tariffs",
                "factConditions", List.of(Map.of("kind", "tariff_change", "target", "印度"))));
        String billions = created(WRITER, Map.of("name", "big dollar deals",
                "factConditions", List.of(Map.of("kind", "money", "minAmount", 1e9, "currency", "USD"))));
        ExtractedFact onIndia = new ExtractedFact("tariff_change", "加征25%关税", 25.0, "percent", null, null, 5, 12,
                Map.of("imposing_country", "United States", "affected_country", "India", "to", 25));
        ExtractedFact onBrazil = new ExtractedFact("tariff_change", "加征30%关税", 30.0, "percent", null, null, 5, 12,
                Map.of("imposing_country", "United States", "affected_country", "Brazil", "to", 30));
        ExtractedFact twoBillion = new ExtractedFact("money", "20亿美元", 2.0e9, "currency", "USD", null, 4, 9,
                Map.of());
        ExtractedFact halfBillion = new ExtractedFact("money", "5亿美元", 5.0e8, "currency", "USD", null, 4, 8,
                Map.of());
        // Each article first in a version the watch must not take, then in one it must: same key, so the first is
        // handled before the second, and only the second may leave a notice.
        send(article("w-fact-tariff", "CN", "美方宣布对巴西钢材加征30%关税。", "美方宣布对巴西钢材加征30%关税。",
                List.of(), List.of(onBrazil), 1));
        send(article("w-fact-tariff", "CN", "美方宣布对印度纺织品加征25%关税。", "美方宣布对印度纺织品加征25%关税。",
                List.of(), List.of(onIndia), 2));
        send(article("w-fact-deal", "TW", "該公司以5億美元收購封測廠。", "该公司以5亿美元收购封测厂。", List.of(),
                List.of(halfBillion), 1));
        send(article("w-fact-deal", "TW", "該公司以20億美元收購晶圓廠。", "该公司以20亿美元收购晶圆厂。", List.of(),
                List.of(twoBillion), 2));
        await().atMost(WAIT).untilAsserted(() -> {
            deliveries(WRITER, tariffs).body("deliveries.articleId", hasItem("w-fact-tariff"));
            deliveries(WRITER, billions).body("deliveries.articleId", hasItem("w-fact-deal"));
        });
        deliveries(WRITER, tariffs).body("deliveries.articleVersion", equalTo(List.of("2")))
                .body("deliveries[0].matchedBecause[0]", containsString("tariff_change"));
        deliveries(WRITER, billions).body("deliveries.articleVersion", equalTo(List.of("2")));
    }

    @Test
    void aPausedWatchGetsNothing() throws Exception {
        Map<String, String> body = Map.of("name", "钨矿", "q", "钨矿");
        String active = created(WRITER, body);
        String paused = created(WRITER, body);
        given().header("X-Api-Key", WRITER).post("/api/v1/watches/" + paused + "/pause").then().statusCode(200);
        send(article("w-tungsten", "CN", "江西钨矿减产推高价格。", "江西钨矿减产推高价格。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, active)
                .body("deliveries.articleId", hasItem("w-tungsten")));
        // Both were matched in the same step: the paused one was left out, not late.
        deliveries(WRITER, paused).body("deliveries", empty());
    }

    @Test
    void aReplayedEventMakesNoSecondNoticeAndARetractionIsAnnounced() throws Exception {
        String id = created(WRITER, Map.of("name", "锑", "q", "锑出口"));
        ArticleEnriched first = article("w-antimony", "CN", "锑出口管制正式生效。", "锑出口管制正式生效。", List.of(),
                List.of(), 1);
        send(first);
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, id).body("deliveries", hasSize(1)));
        // The same event again (a replay), then a new version: same key, so the replay is handled before it.
        send(first);
        send(article("w-antimony", "CN", "锑出口管制正式生效，出口商须申请许可。", "锑出口管制正式生效，出口商须申请许可。",
                List.of(), List.of(), 2));
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, id).body("deliveries", hasSize(2)));
        deliveries(WRITER, id).body("deliveries.articleVersion", equalTo(List.of("2", "1")));
        TestEvents.send("w-antimony", null, 3);
        await().atMost(WAIT).untilAsserted(() -> deliveries(WRITER, id).body("deliveries", hasSize(3)));
        deliveries(WRITER, id).body("deliveries[0].kind", equalTo("retraction"))
                .body("deliveries[0].articleVersion", equalTo("3"))
                .body("deliveries[0].idempotencyKey", equalTo(id + ":w-antimony:3:retraction"));
    }
}
