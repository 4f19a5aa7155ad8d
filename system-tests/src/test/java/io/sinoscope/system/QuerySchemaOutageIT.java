package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 1: query-service's schema is unavailable for {@value #OUTAGE_SECONDS} s while articles flow
 * through the three packaged services. Before the fix, every article that reached query-service in that window was
 * retried 4 times (2.6 s), logged as given up and its offset committed: accepted by ingest, never searchable. Now
 * each must wait (readiness DOWN, naming the article and the error) and be stored once the schema is back: every
 * accepted article searchable and stored exactly once.
 *
 * <p>The schema is made unavailable by renaming it ({@code alter schema query rename to query_away}), which breaks
 * every statement of query-service (42P01, relation does not exist) while its connections and the rest of PostgreSQL
 * stay up, as a mis-applied migration or a restore in progress would.
 */
class QuerySchemaOutageIT {

    private static final String API_KEY = "query-outage-key";
    private static final int OUTAGE_SECONDS = 25;
    private static final int BEFORE = 60;
    private static final int DURING = 180;
    private static final int AFTER = 40;
    private static final int CHUNK = 20;
    private static final String CONSUMER_CHECK = "articles.enriched consumer";

    private final String source = "schema-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private RunningSystem system;
    private boolean renamed;

    @AfterEach
    void stop() throws Exception {
        if (renamed) {
            sql("alter schema query_away rename to query");
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void articlesArrivingWhileTheQuerySchemaIsAwayAreAllSearchableOnceItIsBack() throws Exception {
        long started = System.nanoTime();
        system = RunningSystem.start(API_KEY);
        long ready = System.nanoTime();
        NewsBriefs briefs = new NewsBriefs(source);
        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        int next = send(client, briefs, 0, BEFORE);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RunOutcome.searchTotal(system.query, source) >= BEFORE);

        sql("alter schema query rename to query_away");
        renamed = true;
        long away = System.nanoTime();
        // The rest of the window's articles go in while the schema is away, spread over most of the outage.
        long pause = Duration.ofSeconds(OUTAGE_SECONDS - 5).toMillis() / (DURING / CHUNK);
        AtomicReference<String> stall = new AtomicReference<>();
        for (int sentDuring = 0; sentDuring < DURING; sentDuring += CHUNK) {
            next = send(client, briefs, next, CHUNK);
            Thread.sleep(pause);
            if (stall.get() == null) {
                stall.set(consumerStall());
            }
        }
        await().atMost(Duration.ofSeconds(OUTAGE_SECONDS)).pollInterval(Duration.ofMillis(500))
                .until(() -> stall.get() != null || stall.updateAndGet(s -> consumerStall()) != null);
        int searchableDuring = RunOutcome.searchTotal(system.query, source);
        Thread.sleep(Math.max(0, Duration.ofSeconds(OUTAGE_SECONDS).toMillis() - (System.nanoTime() - away) / 1_000_000));
        String stillStalled = consumerStall();
        sql("alter schema query_away rename to query");
        renamed = false;
        long back = System.nanoTime();
        next = send(client, briefs, next, AFTER);

        Map<String, String> accepted = client.accepted();
        assertEquals(BEFORE + DURING + AFTER, accepted.size(), "articles accepted");
        RunOutcome.awaitQuiet(system, source, accepted.size(), Duration.ofMinutes(4));
        long drained = System.nanoTime();
        RunOutcome outcome = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        String report = String.format("QuerySchemaOutageIT: %d articles accepted, %d of them while the query schema "
                        + "was away for %.1f s (%d searchable before the restore); %s; readiness during the outage: "
                        + "%s; all searchable %.1f s after the restore; services started in %.1f s, whole test %.1f s",
                accepted.size(), DURING, (back - away) / 1e9, searchableDuring, outcome.summary(), stall.get(),
                (drained - back) / 1e9, (ready - started) / 1e9, (System.nanoTime() - started) / 1e9);
        System.out.println(report);
        assertTrue(stall.get() != null && stall.get().contains("42P01"), "readiness did not report the stall: "
                + stall.get());
        assertTrue(stillStalled != null, "readiness was UP again before the schema came back");
        assertTrue(searchableDuring < BEFORE + DURING, "the outage held nothing back: " + report);
        for (ServiceProcess service : system.services()) {
            assertTrue(service.isAlive(), service.name() + " died; see " + service.log());
        }
        assertEquals(List.of(), outcome.problems(accepted), report);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumerStall() == null);
    }

    private static int send(ResilientIngest client, NewsBriefs briefs, int first, int count)
            throws InterruptedException {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            articles.add(briefs.article(i));
        }
        client.send(articles, Duration.ofMinutes(2));
        return first + count;
    }

    /** The consumer check's data while it is DOWN (article, since, attempts, last error), null while UP. */
    private String consumerStall() {
        String body = given().baseUri(system.query.baseUri()).get("/q/health/ready").asString();
        JsonPath health = JsonPath.from(body);
        String status = health.getString("checks.find { it.name == '" + CONSUMER_CHECK + "' }.status");
        return "DOWN".equals(status)
                ? String.valueOf(health.getMap("checks.find { it.name == '" + CONSUMER_CHECK + "' }.data")) : null;
    }

    private static void sql(String statement) throws Exception {
        try (var connection = DriverManager.getConnection(SharedTestStack.postgresUrls()[0], PostgresServer.USER, "");
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
