package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Where one run's articles (one source) ended up: what query-service's search lists, page by page, and the rows of
 * both services' PostgreSQL schemas. {@link #problems} compares it with what ingest accepted.
 */
record RunOutcome(List<String> searched, Map<String, List<String>> ingestRows, Map<String, List<String>> queryRows,
        Map<String, Long> ingestStatuses, long mentions, long facts, long doubledMentions, long doubledFacts) {

    private static final int PAGE = 100;

    /** How many articles of {@code source} query-service's search counts. */
    static int searchTotal(ServiceProcess query, String source) {
        return given().baseUri(query.baseUri()).queryParam("q", NewsBriefs.MARKER).queryParam("source", source)
                .queryParam("size", 1).get("/api/v1/search").then().statusCode(200).extract().path("total");
    }

    /**
     * Waits until the pipeline is quiet for this run: none of the source's articles left in ingest's outbox,
     * nlp-service's and query-service's consumer groups committed to the end of their topics, and at least
     * {@code expected} articles of the source searchable. Fails the test, saying which of these it did not reach, if
     * that takes longer than {@code timeout}.
     *
     * <p>The outbox is counted for this source only: the tests share one database, and an article of another test
     * that ingest can never publish would otherwise hold every later test here until its timeout.
     */
    static void awaitQuiet(RunningSystem system, String source, int expected, Duration timeout) {
        try (ConsumerLag lag = new ConsumerLag(SharedTestStack.kafkaBootstrapServers())) {
            await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                    StoredData.unpublished(source) == 0 && lag.of(RunningSystem.NLP_GROUP, "articles.ingested") == 0
                            && lag.of(RunningSystem.QUERY_GROUP, "articles.enriched") == 0
                            && searchTotal(system.query, source) >= expected);
        } catch (ConditionTimeoutException e) {
            fail("the pipeline was not quiet for " + source + " within " + timeout + ": "
                    + quietness(system, source, expected));
        }
    }

    /** What {@link #awaitQuiet} waits for, as it stands. */
    private static String quietness(RunningSystem system, String source, int expected) {
        try (ConsumerLag lag = new ConsumerLag(SharedTestStack.kafkaBootstrapServers())) {
            return String.format("%d of its articles still in ingest's outbox, nlp-service lag %d, query-service lag "
                            + "%d, %d of %d searchable", StoredData.unpublished(source),
                    lag.of(RunningSystem.NLP_GROUP, "articles.ingested"),
                    lag.of(RunningSystem.QUERY_GROUP, "articles.enriched"), searchTotal(system.query, source),
                    expected);
        } catch (Exception e) {
            return "unknown: " + e;
        }
    }

    static RunOutcome read(ServiceProcess query, String jdbcUrl, String source) throws SQLException {
        List<String> searched = searchedExternalIds(query, source);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "")) {
            Map<String, List<String>> ingestRows = rows(connection,
                    "select external_id, id from ingest.article where source = ?", source);
            Map<String, Long> statuses = new TreeMap<>();
            try (var statement = connection.prepareStatement(
                    "select status, count(*) from ingest.article where source = ? group by status")) {
                statement.setString(1, source);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        statuses.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            Map<String, List<String>> queryRows = rows(connection,
                    "select external_id, id from query.article where source = ?", source);
            String ofRun = " join query.article a on a.id = c.article_id where a.source = ?";
            return new RunOutcome(searched, ingestRows, queryRows, statuses,
                    count(connection, "select count(*) from query.mention c" + ofRun, source),
                    count(connection, "select count(*) from query.fact c" + ofRun, source),
                    count(connection, "select count(*) from (select 1 from query.mention c" + ofRun
                            + " group by c.article_id, c.entity_id, c.start_offset, c.end_offset having count(*) > 1) d",
                            source),
                    count(connection, "select count(*) from (select 1 from query.fact c" + ofRun
                            + " group by c.article_id, c.kind, c.start_offset, c.end_offset having count(*) > 1) d",
                            source));
        }
    }

    /**
     * Everything wrong with this outcome for a run whose accepted articles are {@code accepted} (externalId → id):
     * a missing or doubled search hit, row or child row, an article stored under another id, or not PUBLISHED.
     */
    List<String> problems(Map<String, String> accepted) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> hits = new HashMap<>();
        searched.forEach(id -> hits.merge(id, 1, Integer::sum));
        List<String> doubled = hits.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
                .toList();
        Set<String> missing = new HashSet<>(accepted.keySet());
        missing.removeAll(hits.keySet());
        Set<String> unexpected = new HashSet<>(hits.keySet());
        unexpected.removeAll(accepted.keySet());
        if (!doubled.isEmpty()) {
            problems.add(doubled.size() + " articles found more than once by search, e.g. " + first(doubled));
        }
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " accepted articles not found by search, e.g. " + first(missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add(unexpected.size() + " articles found that were never accepted, e.g. " + first(unexpected));
        }
        compareRows("ingest.article", ingestRows, accepted, problems);
        compareRows("query.article", queryRows, accepted, problems);
        long published = ingestStatuses.getOrDefault("PUBLISHED", 0L);
        if (published != accepted.size() || ingestStatuses.size() != 1) {
            problems.add("ingest.article statuses " + ingestStatuses + ", expected all " + accepted.size()
                    + " PUBLISHED");
        }
        if (doubledMentions > 0 || doubledFacts > 0) {
            problems.add("entity mentions stored twice: " + doubledMentions + " groups; facts stored twice: "
                    + doubledFacts + " groups");
        }
        return problems;
    }

    private static void compareRows(String table, Map<String, List<String>> rows, Map<String, String> accepted,
            List<String> problems) {
        List<String> wrong = new ArrayList<>();
        rows.forEach((externalId, ids) -> {
            if (ids.size() != 1 || !ids.get(0).equals(accepted.get(externalId))) {
                wrong.add(externalId + " " + ids + " (accepted as " + accepted.get(externalId) + ")");
            }
        });
        Set<String> missing = new HashSet<>(accepted.keySet());
        missing.removeAll(rows.keySet());
        if (!wrong.isEmpty()) {
            problems.add(wrong.size() + " externalIds in " + table + " with rows other than the accepted id, e.g. "
                    + first(wrong));
        }
        if (!missing.isEmpty()) {
            problems.add(missing.size() + " accepted articles missing from " + table + ", e.g. " + first(missing));
        }
    }

    String summary() {
        return String.format("search lists %d hits (%d distinct); ingest.article %d rows %s; query.article %d rows; "
                        + "%d mentions and %d facts, %d and %d of them doubled", searched.size(),
                new HashSet<>(searched).size(), ingestRows.values().stream().mapToInt(List::size).sum(),
                ingestStatuses, queryRows.values().stream().mapToInt(List::size).sum(), mentions, facts,
                doubledMentions, doubledFacts);
    }

    /** Every hit's externalId, page by page in date order (each article has its own minute: a total order). */
    private static List<String> searchedExternalIds(ServiceProcess query, String source) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath result = given().baseUri(query.baseUri()).queryParam("q", NewsBriefs.MARKER)
                    .queryParam("source", source).queryParam("sort", "date").queryParam("size", PAGE)
                    .queryParam("page", page).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
            List<String> pageIds = result.getList("hits.externalId", String.class);
            ids.addAll(pageIds);
            if (pageIds.size() < PAGE) {
                return ids;
            }
        }
    }

    private static Map<String, List<String>> rows(Connection connection, String sql, String source)
            throws SQLException {
        Map<String, List<String>> rows = new HashMap<>();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.computeIfAbsent(result.getString(1), k -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        return rows;
    }

    private static long count(Connection connection, String sql, String source) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, source);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String first(java.util.Collection<String> values) {
        return values.stream().sorted().limit(3).toList().toString();
    }
}
