package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: query-service killed with SIGKILL between consuming and committing loses nothing and doubles nothing.
 *
 * <p>The index commit interval is set to an hour, so after the one commit the test forces (a reindex job ends with a
 * commit) nothing reaches the Lucene commit until the kill. Three batches of {@code articles.enriched} events then
 * cover each state a record can be in when the process dies:
 * <ol>
 * <li><b>committed</b> (before the forced index commit): durable everywhere; must survive untouched;</li>
 * <li><b>offsets committed, index not</b>: consumed, stored, indexed in memory, and the consumer group's offsets
 * committed past them (the test waits for a lag of zero). Kafka will never redeliver them, so only the start-up
 * catch-up from PostgreSQL can bring them back into the index;</li>
 * <li><b>in flight</b>: the kill comes once a quarter of this batch is searchable, so part of it is indexed with
 * uncommitted offsets (redelivered after the restart: must not be doubled) and the rest not yet consumed.</li>
 * </ol>
 * After a restart on the same index directory, database and consumer group, every article must be found exactly once
 * by search and stored exactly once in PostgreSQL.
 */
class QueryServiceCrashIT {

    private static final String API_KEY = "crash-test-key";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final int COMMITTED = 100;
    private static final int OFFSETS_ONLY = 300;
    private static final int IN_FLIGHT = 400;
    /** A word every test article contains, so one search (filtered by the run's source) lists them all. */
    private static final String MARKER = "演练";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "crash-" + run;
    private final EnrichedEvents events = new EnrichedEvents(SharedTestStack.kafkaBootstrapServers(), source);
    private ServiceProcess query;

    @AfterEach
    void stop() throws Exception {
        if (query != null) {
            query.close();
        }
        events.close();
    }

    @Test
    void killedBetweenConsumeAndCommitRestartsWithEveryArticleExactlyOnce() throws Exception {
        Map<String, String> properties = properties(Files.createTempDirectory("crash-test-index"));
        query = ServiceProcess.start("query-service", properties);
        query.awaitReady(START_TIMEOUT);

        events.publish(0, COMMITTED);
        awaitSearchTotal(COMMITTED, Duration.ofSeconds(60));
        commitIndexThroughReindex();

        events.publish(COMMITTED, OFFSETS_ONLY);
        awaitSearchTotal(COMMITTED + OFFSETS_ONLY, Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> events.lag(groupOf(properties)) == 0);

        events.publish(COMMITTED + OFFSETS_ONLY, IN_FLIGHT);
        // Kill once a quarter of the in-flight batch is searchable: consumed and indexed, the index not committed,
        // the offsets of most of it not either (they are committed every 5 s), the rest of the batch not consumed.
        int seenAtKill = awaitSearchTotalAbove(COMMITTED + OFFSETS_ONLY + IN_FLIGHT / 4, Duration.ofSeconds(60));
        query.kill();
        long lagAtKill = events.lag(groupOf(properties));
        System.out.printf("query-service killed with %d of %d articles searchable, consumer lag %d%n",
                seenAtKill, COMMITTED + OFFSETS_ONLY + IN_FLIGHT, lagAtKill);
        assertTrue(lagAtKill > 0, "the kill came after every offset was committed, so it tested nothing in flight");

        query = ServiceProcess.start("query-service", properties);
        query.awaitReady(START_TIMEOUT);
        int total = COMMITTED + OFFSETS_ONLY + IN_FLIGHT;
        awaitSearchTotal(total, Duration.ofSeconds(60));

        List<String> found = searchedExternalIds();
        assertEquals(total, found.size(), "search hits");
        assertEquals(events.externalIds(0, total), new HashSet<>(found), "every article found, none twice");
        assertEquals(List.of((long) total, (long) total, (long) total), storedCounts(), "rows in PostgreSQL: "
                + "articles, distinct external ids, mentions (one per article)");
    }

    private Map<String, String> properties(Path indexDirectory) {
        String[] postgres = SharedTestStack.postgresUrls();
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", SharedTestStack.kafkaBootstrapServers());
        properties.put("quarkus.datasource.jdbc.url", postgres[0]);
        properties.put("quarkus.datasource.reactive.url", postgres[1]);
        properties.put("quarkus.datasource.username", PostgresServer.USER);
        properties.put("quarkus.datasource.password", "");
        properties.put("sinoscope.security.api-keys", API_KEY);
        properties.put("sinoscope.index.directory", indexDirectory.toString());
        // Nothing reaches a Lucene commit on its own during the test: the kill surely falls before the next one.
        properties.put("sinoscope.index.commit-interval", "1h");
        // Own group: other system tests' query-services have committed offsets of the shared topic under the default.
        properties.put("mp.messaging.incoming.articles-enriched.group.id", "crash-" + run);
        // The killed member never leaves the group; the restarted one waits for its session to expire (45 s by
        // default) before it gets partitions. 6 s is the broker's minimum.
        properties.put("mp.messaging.incoming.articles-enriched.session.timeout.ms", "6000");
        properties.put("mp.messaging.incoming.articles-enriched.heartbeat.interval.ms", "1000");
        return properties;
    }

    private static String groupOf(Map<String, String> properties) {
        return properties.get("mp.messaging.incoming.articles-enriched.group.id");
    }

    /** A rebuild ends with an index commit: the test's one way to commit while the interval is an hour. */
    private void commitIndexThroughReindex() {
        String job = given().baseUri(query.baseUri()).header("X-Api-Key", API_KEY)
                .post("/api/v1/admin/reindex").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                "SUCCEEDED".equals(given().baseUri(query.baseUri()).header("X-Api-Key", API_KEY)
                        .get("/api/v1/admin/reindex/" + job)
                        .then().statusCode(200).extract().path("state")));
    }

    private int searchTotal() {
        return given().baseUri(query.baseUri()).queryParam("q", MARKER).queryParam("source", source)
                .queryParam("size", 1).get("/api/v1/search").then().statusCode(200).extract().path("total");
    }

    private void awaitSearchTotal(int expected, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> searchTotal() == expected);
    }

    private int awaitSearchTotalAbove(int floor, Duration timeout) {
        int[] seen = new int[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> (seen[0] = searchTotal()) > floor);
        return seen[0];
    }

    /** Every hit's external id, page by page (a doubled article would show up twice). */
    private List<String> searchedExternalIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath result = given().baseUri(query.baseUri()).queryParam("q", MARKER).queryParam("source", source)
                    .queryParam("size", 100).queryParam("page", page).get("/api/v1/search")
                    .then().statusCode(200).extract().jsonPath();
            List<String> pageIds = result.getList("hits.externalId", String.class);
            ids.addAll(pageIds);
            if (pageIds.size() < 100) {
                return ids;
            }
        }
    }

    private List<Long> storedCounts() throws Exception {
        String sql = "select count(*), count(distinct a.external_id), "
                + "(select count(*) from query.mention m join query.article b on b.id = m.article_id where b.source = ?) "
                + "from query.article a where a.source = ?";
        try (var connection = DriverManager.getConnection(SharedTestStack.postgresUrls()[0], PostgresServer.USER, "");
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            statement.setString(2, source);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }
}
