package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: articles ingest-service published but query-service lost (rows deleted from query's database, as a restore
 * from an older backup or a consumer that skipped records would leave them) come back by themselves. query-service's
 * periodic reconciliation, run here every few seconds, compares ingest's list of published versions with its store and
 * has ingest publish the missing and stale articles again; an article the store keeps refusing (a retraction recorded
 * at a later version stands in its way) is asked for {@value #MAX_ATTEMPTS} times, then reported as unrepairable and
 * no longer requested.
 */
class ReconciliationIT {

    private static final String API_KEY = "reconcile-key";
    private static final int ARTICLES = 30;
    private static final int MAX_ATTEMPTS = 2;

    private final String source = "reconcile-" + UUID.randomUUID().toString().substring(0, 8);
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void deletedAndStaleArticlesComeBackAndAnUndeliverableOneIsReported() throws Exception {
        system = RunningSystem.start(API_KEY, Map.of("query-service", Map.of(
                "sinoscope.reconcile.every", "3s",
                "sinoscope.reconcile.grace", "2s",
                "sinoscope.reconcile.max-attempts", String.valueOf(MAX_ATTEMPTS),
                "sinoscope.reconcile.api-key", API_KEY,
                "quarkus.log.category.\"io.sinoscope.query.indexing.Reconciler\".level", "DEBUG")));
        NewsBriefs briefs = new NewsBriefs(source);
        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(briefs.article(i));
        }
        client.send(articles, Duration.ofMinutes(2));
        RunOutcome.awaitQuiet(system, source, ARTICLES, Duration.ofMinutes(4));

        Map<String, Long> versions = storedVersions();
        assertEquals(ARTICLES, versions.size(), "articles stored before the damage");
        List<String> ids = new ArrayList<>(versions.keySet());
        List<String> deleted = ids.subList(0, 5);
        String stale = ids.get(5);
        String blocked = ids.get(6);
        try (Connection db = connect()) {
            for (String id : deleted) {
                update(db, "delete from query.article where id = ?", id);
            }
            update(db, "update query.article set version = version - 1 where id = ?", stale);
            update(db, "delete from query.article where id = ?", blocked);
            // A retraction at a version ingest never reached: the store refuses every version ingest sends.
            update(db, "insert into query.retraction (article_id, version, retracted_at) values (?, 1000000, now())",
                    blocked);
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> now = storedVersions();
            return deleted.stream().allMatch(id -> versions.get(id).equals(now.get(id)))
                    && versions.get(stale).equals(now.get(stale));
        });
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> unrepairable().contains(blocked));

        JsonPath report = reconcileReport();
        Map<String, Object> blockedGap = report.getMap("oldest.find { it.articleId == '" + blocked + "' }");
        assertEquals("MISSING", blockedGap.get("kind"), "the blocked article's gap: " + blockedGap);
        assertEquals(MAX_ATTEMPTS, blockedGap.get("attempts"), "asked for exactly max-attempts times: " + blockedGap);
        for (String id : deleted) {
            assertTrue(report.getList("oldest.articleId").stream().noneMatch(id::equals),
                    "a restored article is still listed as a gap: " + id);
        }
        assertTrue(report.getLong("lastRun.counts.checked") >= ARTICLES, "the last run checked every article: "
                + report.prettify());
        // An unrepairable gap is not asked for again: its attempts stay at the cap over later runs.
        Thread.sleep(Duration.ofSeconds(8).toMillis());
        Map<String, Object> later = reconcileReport().getMap("oldest.find { it.articleId == '" + blocked + "' }");
        assertEquals(MAX_ATTEMPTS, later.get("attempts"), "requested again after it was reported unrepairable");

        JsonPath pipeline = JsonPath.from(given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                .get("/api/v1/admin/pipeline").then().statusCode(200).extract().asString());
        assertTrue(pipeline.getLong("reconciliation.unrepairable") >= 1, pipeline.prettify());
        String metrics = given().baseUri(system.query.baseUri()).get("/q/metrics").then().statusCode(200).extract()
                .asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("sinoscope_reconcile_unrepairable")
                && !l.endsWith(" 0.0") && !l.endsWith("NaN")), "unrepairable gauge:\n"
                + metrics.lines().filter(l -> l.contains("reconcile")).toList());
        for (ServiceProcess service : system.services()) {
            assertTrue(service.isAlive(), service.name() + " died; see " + service.log());
        }
        System.out.printf("ReconciliationIT: %d deleted and 1 stale article restored; %s reported unrepairable after "
                + "%d attempts%n", deleted.size(), blocked, MAX_ATTEMPTS);
    }

    private JsonPath reconcileReport() {
        return JsonPath.from(given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                .queryParam("oldest", 1000).get("/api/v1/admin/reconcile").then().statusCode(200).extract()
                .asString());
    }

    private List<String> unrepairable() {
        return reconcileReport().getList("oldest.findAll { it.unrepairable }.articleId");
    }

    /** This run's stored articles and their versions, by id. */
    private Map<String, Long> storedVersions() throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(
                "select id, version from query.article where source = ? order by id")) {
            select.setString(1, source);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return new java.util.TreeMap<>(versions);
    }

    private static void update(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            assertEquals(1, statement.executeUpdate(), sql + " for " + id);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(SharedTestStack.postgresUrls()[0], PostgresServer.USER, "");
    }
}
