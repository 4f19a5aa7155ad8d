package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries to a real HTTP receiver on this machine (the test profile allows private targets): the signature
 * verifies as the README says to verify it, a 500 is retried with the same idempotency key, a receiver that keeps
 * failing makes the notice dead after the (test-sized) horizon, and a ping arrives signed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class WebhookDeliveryTest {

    private static final String SECRET = "test-secret-0123456789abcdef";
    /** Generous: the first article of a run waits for the consumer to join its group on a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver got, per path. */
    record Received(Map<String, String> headers, String body) {
    }

    private static HttpServer receiver;
    private static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();
    private static final AtomicInteger FLAKY_CALLS = new AtomicInteger();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            RECEIVED.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(headers, body));
            int status = switch (path) {
                case "/down" -> 500;
                case "/flaky" -> FLAKY_CALLS.getAndIncrement() == 0 ? 500 : 204;
                default -> 200;
            };
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static String watch(String q, String path) {
        return WatchResourceTest.created(WatchResourceTest.WRITER, Map.of("name", q, "q", q, "webhookUrl", url(path),
                "secret", SECRET));
    }

    /** Verifies a signature as a receiver should: recompute the HMAC over "t.body", compare, check t is recent. */
    static void assertSigned(Received received) throws GeneralSecurityException {
        assertSigned(received, SECRET);
    }

    /** As {@link #assertSigned(Received)}, for a watch with this secret. */
    static void assertSigned(Received received, String secret) throws GeneralSecurityException {
        String header = received.headers().get("x-sinoscope-signature");
        String t = header.substring(header.indexOf("t=") + 2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + received.body())
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, v1, "signature of " + received.body());
        long age = Instant.now().getEpochSecond() - Long.parseLong(t);
        assertTrue(age >= 0 && age < 300, "timestamp within five minutes, was " + age + " s old");
    }

    @Test
    void aMatchArrivesSignedWithItsIdempotencyKey() throws Exception {
        String id = watch("氦气 进口", "/ok");
        WatchResourceTest.send(WatchResourceTest.article("hook-helium", "CN", "氦气进口价格创新高。", "氦气进口价格创新高。",
                List.of(), List.of(), 1));
        await().atMost(WAIT).until(() -> RECEIVED.containsKey("/ok"));
        Received got = RECEIVED.get("/ok").get(0);
        assertSigned(got);
        assertEquals(id + ":hook-helium:1:match", got.headers().get("idempotency-key"));
        JsonNode body = JSON.readTree(got.body());
        assertEquals(id, body.get("watchId").asText());
        assertEquals("hook-helium", body.get("articleId").asText());
        assertEquals("1", body.get("version").asText());
        assertEquals("match", body.get("kind").asText());
        assertEquals("氦气进口价格创新高。", body.get("title").asText());
        assertEquals("https://example.org/hook-helium", body.get("url").asText());
        assertEquals("search: 氦气 进口", body.get("matchedBecause").get(0).asText());
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WatchResourceTest.WRITER, id)
                .body("deliveries[0].status", equalTo("DELIVERED")).body("deliveries[0].attempts", equalTo(1)));
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameKey() throws Exception {
        String id = watch("铟锭", "/flaky");
        WatchResourceTest.send(WatchResourceTest.article("hook-indium", "CN", "铟锭出口量回升。", "铟锭出口量回升。",
                List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WatchResourceTest.WRITER, id)
                .body("deliveries[0].status", equalTo("DELIVERED")).body("deliveries[0].attempts", equalTo(2)));
        List<Received> calls = RECEIVED.get("/flaky");
        assertEquals(2, calls.size());
        assertEquals(calls.get(0).headers().get("idempotency-key"), calls.get(1).headers().get("idempotency-key"));
        assertEquals(calls.get(0).body(), calls.get(1).body());
        assertSigned(calls.get(1));
    }

    @Test
    void aReceiverThatKeepsFailingMakesTheNoticeDeadAfterTheHorizon() throws Exception {
        String id = watch("钒矿 出口", "/down");
        WatchResourceTest.send(WatchResourceTest.article("hook-vanadium", "CN", "今年钒矿出口大幅下降。",
                "今年钒矿出口大幅下降。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WatchResourceTest.WRITER, id)
                .body("deliveries[0].status", equalTo("DEAD"))
                .body("deliveries[0].attempts", greaterThanOrEqualTo(2))
                .body("deliveries[0].lastError", startsWith("HTTP 500")));
    }

    @Test
    void theStreamSendsNewNoticesAsServerSentEvents() throws Exception {
        String id = watch("stream", "/stream");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/watches/" + id + "/stream"))
                .header("X-Api-Key", WatchResourceTest.WRITER).header("Accept", "text/event-stream").build();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = response.thenAcceptAsync(r -> r.body().forEach(lines::add));
        try {
            // A ping writes a notice; once the stream is open, the next one's notice is sent on it.
            await().atMost(WAIT).untilAsserted(() -> {
                given().header("X-Api-Key", WatchResourceTest.WRITER).post("/api/v1/watches/" + id + "/ping")
                        .then().statusCode(200);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"kind\":\"ping\"")
                        && l.contains(id)), "events so far: " + lines);
            });
            assertEquals(200, response.get().statusCode());
        } finally {
            reading.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
        // Another key cannot open it.
        given().header("X-Api-Key", WatchResourceTest.OTHER).get("/api/v1/watches/" + id + "/stream").then()
                .statusCode(404);
    }

    @Test
    void aPingArrivesSignedAndIsLogged() throws Exception {
        String id = watch("ping", "/ping");
        given().header("X-Api-Key", WatchResourceTest.WRITER).post("/api/v1/watches/" + id + "/ping").then()
                .statusCode(200).body("kind", equalTo("ping")).body("status", equalTo("DELIVERED"));
        Received got = RECEIVED.get("/ping").get(0);
        assertSigned(got);
        assertEquals("ping", JSON.readTree(got.body()).get("kind").asText());
        WatchResourceTest.deliveries(WatchResourceTest.WRITER, id).body("deliveries", hasSize(1));
        // Without a webhook there is nothing to ping.
        String silent = WatchResourceTest.created(WatchResourceTest.WRITER, Map.of("name", "silent", "q", "锗"));
        given().header("X-Api-Key", WatchResourceTest.WRITER).post("/api/v1/watches/" + silent + "/ping").then()
                .statusCode(409);
    }
}
