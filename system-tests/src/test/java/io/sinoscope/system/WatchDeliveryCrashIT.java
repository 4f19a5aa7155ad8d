package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sinoscope.system.ReceiverProcess.Receipt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 26, durability of watch deliveries: query-service killed with SIGKILL while it is delivering a watch's
 * notices loses none, and a receiver that honours the idempotency key processes each exactly once.
 *
 * <p>A real receiver runs in its own process ({@link WebhookReceiver}): it checks every signature, records every
 * delivery before answering and answers only after {@value #ANSWER_DELAY_MS} ms, so deliveries are in flight most of
 * the time. A watch waits for the run's briefs ({@link NewsBriefs#MARKER} in the run's source); {@value #ARTICLES}
 * briefs go through ingest-service and nlp-service, so {@value #ARTICLES} match notices become due as they arrive. Once
 * a quarter of them has reached the receiver, query-service is killed at a moment the receiver has deliveries
 * received and not yet answered (the sender never learns of them), and started again on the same database.
 *
 * <p>Then every expected (watch, article, version) notice must have reached the receiver, the delivery log must show
 * each once and DELIVERED, every idempotency key must have been honoured once, and every delivery sent again (at
 * least once) must have carried the key of its notice: {@code <watch>:<article>:<version>:<kind>}, the same as the
 * first time.
 */
class WatchDeliveryCrashIT {

    private static final String API_KEY = "watch-crash-key";
    private static final String SECRET = "watch-crash-test-secret-0123456789";
    private static final int ARTICLES = 120;
    private static final int CHUNK = 40;
    private static final long ANSWER_DELAY_MS = 400;
    /**
     * How long a notice claimed by the killed service waits before the restarted one claims it again (production: 2
     * minutes). Longer than the answer timeout, as the configuration requires.
     */
    private static final String LEASE = "8s";
    private static final String ANSWER_TIMEOUT = "4s";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(4);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final NewsBriefs briefs = new NewsBriefs("watch-crash-" + run);
    private ReceiverProcess receiver;
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void killedWhileDeliveringLosesNoNoticeAndResendsWithTheSameKey() throws Exception {
        long started = System.nanoTime();
        receiver = ReceiverProcess.start(SECRET, Duration.ofMillis(ANSWER_DELAY_MS));
        Map<String, Map<String, String>> properties = new HashMap<>(RunningSystem.fastFailover());
        Map<String, String> query = new HashMap<>(properties.get("query-service"));
        // The receiver listens on loopback, which production refuses as a webhook target.
        query.put("sinoscope.watch.allow-private-targets", "true");
        query.put("sinoscope.watch.delivery.lease", LEASE);
        query.put("sinoscope.watch.delivery.timeout", ANSWER_TIMEOUT);
        query.put("sinoscope.watch.delivery.first-retry", "1s");
        properties.put("query-service", query);
        system = RunningSystem.start(API_KEY, properties);
        long ready = System.nanoTime();

        String watchId = given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Briefs of " + briefs.source(), "q", NewsBriefs.MARKER,
                        "source", briefs.source(), "webhookUrl", receiver.url(), "secret", SECRET))
                .post("/api/v1/watches").then().statusCode(201).extract().path("watch.id");

        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        for (int first = 0; first < ARTICLES; first += CHUNK) {
            List<Map<String, Object>> chunk = new ArrayList<>();
            for (int i = first; i < Math.min(ARTICLES, first + CHUNK); i++) {
                chunk.add(briefs.article(i));
            }
            client.send(chunk, Duration.ofMinutes(2));
        }
        Set<String> expectedArticles = new HashSet<>(client.accepted().values());
        assertEquals(ARTICLES, expectedArticles.size(), "articles accepted by ingest");

        // Kill while the receiver holds deliveries it has recorded and not answered yet.
        int[] atKill = new int[2];
        await().atMost(DELIVERY_TIMEOUT).pollInterval(Duration.ofMillis(10)).until(() -> {
            int[] state = receiver.state();
            System.arraycopy(state, 0, atKill, 0, 2);
            return state[0] >= ARTICLES / 4 && state[1] > 0;
        });
        system.query.kill();
        long killedAt = System.nanoTime();
        System.out.printf("query-service killed with %d deliveries received, %d of them unanswered%n", atKill[0],
                atKill[1]);
        system.query.restart();
        system.query.awaitReady(START_TIMEOUT);
        long restarted = System.nanoTime();

        await().atMost(DELIVERY_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> honoured(receiver.receipts()).size() >= ARTICLES && settled(watchId));
        long delivered = System.nanoTime();

        List<Receipt> receipts = receiver.receipts();
        List<Map<String, Object>> log = deliveryLog(watchId);
        Map<String, Long> byStatus = log.stream().collect(Collectors.groupingBy(d -> (String) d.get("status"),
                TreeMap::new, Collectors.counting()));
        long duplicates = receipts.stream().filter(r -> r.outcome().equals("duplicate")).count();
        String report = String.format("WatchDeliveryCrashIT: %d notices expected; receiver got %d deliveries "
                        + "(%d duplicates); log %s; services started in %.1f s, killed %.1f s later, ready again in "
                        + "%.1f s, all delivered %.1f s after that, whole test %.1f s", ARTICLES, receipts.size(),
                duplicates, byStatus, seconds(ready - started), seconds(killedAt - ready),
                seconds(restarted - killedAt), seconds(delivered - restarted), seconds(System.nanoTime() - started));
        System.out.println(report);

        assertEquals(List.of(), receipts.stream().filter(r -> r.outcome().equals("refused")).toList(),
                "deliveries whose signature the receiver refused");
        Set<String> expectedNotices = new HashSet<>();
        Set<String> loggedArticles = new HashSet<>();
        for (Map<String, Object> d : log) {
            assertEquals("match", d.get("kind"), report);
            assertEquals("DELIVERED", d.get("status"), "notice " + d + "\n" + report);
            loggedArticles.add((String) d.get("articleId"));
            expectedNotices.add(watchId + ":" + d.get("articleId") + ":" + d.get("articleVersion") + ":match");
        }
        assertEquals(ARTICLES, log.size(), "notices in the delivery log, one per article\n" + report);
        assertEquals(expectedArticles, loggedArticles, "articles the watch was told of\n" + report);

        for (Receipt receipt : receipts) {
            var notice = receipt.notice();
            String identity = notice.path("watchId").asText() + ":" + notice.path("articleId").asText() + ":"
                    + notice.path("version").asText() + ":" + notice.path("kind").asText();
            assertEquals(identity, receipt.idempotencyKey(), "the key of a delivery is its notice's, every time");
        }
        Map<String, Long> honouredPerKey = receipts.stream().filter(r -> r.outcome().equals("honoured"))
                .collect(Collectors.groupingBy(Receipt::idempotencyKey, Collectors.counting()));
        assertEquals(expectedNotices, honouredPerKey.keySet(), "notices the receiver processed\n" + report);
        assertEquals(Set.of(1L), new HashSet<>(honouredPerKey.values()), "each key processed once");
        assertTrue(duplicates > 0, "nothing was sent twice: the kill fell where no delivery was in flight, so it "
                + "tested nothing\n" + report);
        for (ServiceProcess service : system.services()) {
            assertTrue(service.isAlive(), service.name() + " died; see " + service.log());
        }
        assertTrue(receiver.isAlive(), "the receiver died");
    }

    private static Set<String> honoured(List<Receipt> receipts) {
        return receipts.stream().filter(r -> r.outcome().equals("honoured")).map(Receipt::idempotencyKey)
                .collect(Collectors.toSet());
    }

    /** Whether the log holds a notice for every article and none of them is still PENDING. */
    private boolean settled(String watchId) {
        List<Map<String, Object>> log = deliveryLog(watchId);
        return log.size() >= ARTICLES && log.stream().noneMatch(d -> "PENDING".equals(d.get("status")));
    }

    /** The watch's whole delivery log, page by page. */
    private List<Map<String, Object>> deliveryLog(String watchId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String before = null;
        do {
            var request = given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                    .queryParam("limit", 100);
            if (before != null) {
                request.queryParam("before", before);
            }
            JsonPath page = request.get("/api/v1/watches/" + watchId + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("deliveries"));
            Object next = page.get("nextBefore");
            before = next == null ? null : next.toString();
        } while (before != null);
        return all;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
