package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.service.DailyDigests;
import io.sinoscope.query.service.WatchDigestTable;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A watch's day of notices ({@code GET /api/v1/watches/{id}/digest}, JSON and CSV) and its daily digest, delivered
 * once per watch and day through the signed outbox. The daily digests are written by {@link DailyDigests} as its
 * schedule would at a given moment: the test calls it with the next day's sending time, since the real schedule of a
 * watch created now has no digest due until tomorrow. Fixtures are own sentences, with words no other test uses.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class WatchDigestTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WRITER = WatchResourceTest.WRITER;
    private static final String SECRET = "digest-secret-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A POST the receiver got: its Idempotency-Key and body. */
    record Received(String idempotencyKey, String signature, String body) {
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @Inject
    DailyDigests daily;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Sinoscope-Signature"), body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aWatchKeepsItsDigestSettings() {
        String plain = WatchResourceTest.created(WRITER, Map.of("name", "no digest", "q", "氢能 加氢站"));
        given().header("X-Api-Key", WRITER).get("/api/v1/watches/" + plain).then().statusCode(200)
                .body("digest", equalTo("none")).body("digestTime", equalTo("08:00"))
                .body("digestZone", equalTo("Asia/Shanghai"));
        String id = WatchResourceTest.created(WRITER, Map.of("name", "daily", "q", "氢能 加氢站", "digest", "Daily",
                "digestTime", "07:30", "digestZone", "Asia/Taipei"));
        given().header("X-Api-Key", WRITER).get("/api/v1/watches/" + id).then().statusCode(200)
                .body("digest", equalTo("daily")).body("digestTime", equalTo("07:30"))
                .body("digestZone", equalTo("Asia/Taipei"));
        given().header("X-Api-Key", WRITER).contentType(ContentType.JSON)
                .body(Map.of("name", "daily", "q", "氢能 加氢站", "digest", "none"))
                .put("/api/v1/watches/" + id).then().statusCode(200).body("digest", equalTo("none"))
                .body("digestZone", equalTo("Asia/Shanghai"));

        WatchResourceTest.create(WRITER, Map.of("name", "x", "q", "氢能", "digest", "weekly")).statusCode(400)
                .contentType(PROBLEM).body("detail", startsWith("digest must be none or daily"));
        WatchResourceTest.create(WRITER, Map.of("name", "x", "q", "氢能", "digestTime", "25:00")).statusCode(400)
                .contentType(PROBLEM).body("detail", startsWith("digestTime must be a local time"));
        WatchResourceTest.create(WRITER, Map.of("name", "x", "q", "氢能", "digestZone", "Mars/Olympus"))
                .statusCode(400).contentType(PROBLEM).body("detail", startsWith("digestZone must be"));
    }

    @Test
    void theDigestListsTheDaysMatchesUpdatesAndRetractions() throws Exception {
        String id = WatchResourceTest.created(WRITER, Map.of("name", "氫能重卡", "q", "氢能 重卡"));
        WatchResourceTest.send(WatchResourceTest.article("d-hydrogen", "TW", "氫能重卡今年上路測試。", "氢能重卡今年上路测试。",
                List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WRITER, id).body("deliveries", hasSize(1)));
        WatchResourceTest.send(WatchResourceTest.article("d-hydrogen", "TW", "氫能重卡今年上路測試，首批十輛。",
                "氢能重卡今年上路测试，首批十辆。", List.of(), List.of(), 2));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WRITER, id).body("deliveries", hasSize(2)));
        TestEvents.send("d-hydrogen", null, 3);
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WRITER, id).body("deliveries", hasSize(3)));
        Instant noticed = Instant.parse(WatchResourceTest.deliveries(WRITER, id).extract().path("deliveries[2].createdAt"));
        LocalDate day = LocalDate.ofInstant(noticed, ZoneOffset.UTC);

        given().header("X-Api-Key", WRITER).queryParam("date", day.toString()).queryParam("tz", "UTC")
                .get("/api/v1/watches/" + id + "/digest").then().statusCode(200)
                .body("watchId", equalTo(id)).body("date", equalTo(day.toString())).body("timeZone", equalTo("UTC"))
                .body("from", equalTo(day + "T00:00:00Z")).body("to", equalTo(day.plusDays(1) + "T00:00:00Z"))
                .body("count", equalTo(3)).body("truncated", equalTo(false))
                .body("notices.kind", equalTo(List.of("match", "update", "retraction")))
                .body("notices.articleId", equalTo(List.of("d-hydrogen", "d-hydrogen", "d-hydrogen")))
                .body("notices.version", equalTo(List.of("1", "2", "3")))
                .body("notices.deliveryStatus", equalTo(List.of("RECORDED", "RECORDED", "RECORDED")))
                // The article is retracted: what is left is the notice's own title; outlet and times went with it.
                .body("notices[0].title", equalTo("氫能重卡今年上路測試。")).body("notices[0].outlet", nullValue())
                .body("notices[0].publishedLocal", nullValue());

        String csv = given().header("X-Api-Key", WRITER).queryParam("date", day.toString()).queryParam("tz", "UTC")
                .queryParam("format", "csv").get("/api/v1/watches/" + id + "/digest").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFF" + WatchDigestTable.HEADER, lines[0]);
        assertEquals(4, lines.length, csv);
        assertEquals("d-hydrogen,2,氫能重卡今年上路測試，首批十輛。", lines[2].substring(0, lines[2].indexOf("。") + 1));

        // The day before has nothing; the default zone is the service's; other keys see no such watch.
        given().header("X-Api-Key", WRITER).queryParam("date", day.minusDays(1).toString()).queryParam("tz", "UTC")
                .get("/api/v1/watches/" + id + "/digest").then().statusCode(200).body("count", equalTo(0))
                .body("notices", hasSize(0));
        given().header("X-Api-Key", WRITER).queryParam("date", day.toString())
                .get("/api/v1/watches/" + id + "/digest").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"));
        given().header("X-Api-Key", WatchResourceTest.OTHER).get("/api/v1/watches/" + id + "/digest").then()
                .statusCode(404).contentType(PROBLEM);
        given().header("X-Api-Key", WatchResourceTest.ADMIN).queryParam("date", day.toString()).queryParam("tz", "UTC")
                .get("/api/v1/watches/" + id + "/digest").then().statusCode(200).body("count", equalTo(3));
        given().header("X-Api-Key", WRITER).queryParam("date", "2026-13-01").get("/api/v1/watches/" + id + "/digest")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("date must be"));
        given().header("X-Api-Key", WRITER).queryParam("date", day + "T08:00:00Z")
                .get("/api/v1/watches/" + id + "/digest").then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("date must be a day"));
        given().header("X-Api-Key", WRITER).queryParam("tz", "Mars/Olympus").get("/api/v1/watches/" + id + "/digest")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("tz must be"));
        given().header("X-Api-Key", WRITER).queryParam("format", "xml").get("/api/v1/watches/" + id + "/digest")
                .then().statusCode(400).contentType(PROBLEM).body("detail", startsWith("format must be json or csv"));
    }

    @Test
    void aDailyDigestIsDeliveredOncePerWatchAndDay() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("name", "潮汐发电", "q", "潮汐发电", "digest", "daily",
                "digestTime", "08:00", "digestZone", "UTC", "secret", SECRET));
        body.put("webhookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/digest");
        String id = WatchResourceTest.created(WRITER, body);
        WatchResourceTest.send(WatchResourceTest.article("d-tidal", "CN", "首座潮汐发电站并网。", "首座潮汐发电站并网。",
                List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WRITER, id)
                .body("deliveries[0].status", equalTo("DELIVERED")));
        Instant noticed = Instant.parse(WatchResourceTest.deliveries(WRITER, id).extract()
                .path("deliveries[0].createdAt"));
        LocalDate day = LocalDate.ofInstant(noticed, ZoneOffset.UTC);
        Instant sendingTime = day.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);

        // Before the next day's 08:00 the day is not due yet (and the day before ended before the watch existed).
        daily.enqueueDue(sendingTime.minusSeconds(60));
        WatchResourceTest.deliveries(WRITER, id).body("deliveries", hasSize(1));
        daily.enqueueDue(sendingTime.plusSeconds(30));
        String key = id + ":" + day + ":daily:digest";
        await().atMost(WAIT).until(() -> RECEIVED.stream().anyMatch(r -> key.equals(r.idempotencyKey())));
        Received digest = RECEIVED.stream().filter(r -> key.equals(r.idempotencyKey())).findFirst().orElseThrow();
        WebhookDeliveryTest.assertSigned(new WebhookDeliveryTest.Received(Map.of("x-sinoscope-signature",
                digest.signature()), digest.body()), SECRET);
        JsonNode notice = JSON.readTree(digest.body());
        assertEquals("digest", notice.get("kind").asText());
        assertEquals(day.toString(), notice.get("articleId").asText());
        assertEquals(1, notice.get("digest").get("count").asInt());
        assertEquals("d-tidal", notice.get("digest").get("notices").get(0).get("articleId").asText());
        assertEquals("match", notice.get("digest").get("notices").get(0).get("kind").asText());

        // Later rounds, and a restarted replica (nothing in memory), write no second digest of that day.
        daily.enqueueDue(sendingTime.plusSeconds(90));
        daily.enqueueDue(sendingTime.plus(Duration.ofHours(20)));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WRITER, id)
                .body("deliveries", hasSize(2)).body("deliveries[0].kind", equalTo("digest"))
                .body("deliveries[0].status", equalTo("DELIVERED"))
                .body("deliveries[0].idempotencyKey", equalTo(key)));
        assertEquals(1, RECEIVED.stream().filter(r -> key.equals(r.idempotencyKey())).count());
    }
}
