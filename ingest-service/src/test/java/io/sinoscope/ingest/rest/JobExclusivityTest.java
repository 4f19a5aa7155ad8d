package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.ingest.service.Republisher;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.problem.ProblemException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One republish at a time across replicas: the job row in ingest.job decides. Another replica is played by a row
 * written straight into the table, as that replica would have written it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class JobExclusivityTest {

    @Inject
    JobLedger ledger;

    @AfterEach
    void noJobLeftRunning() {
        sql("update ingest.job set state = 'FAILED' where state = 'RUNNING'");
    }

    @Test
    void aJobRunningOnAnotherReplicaBlocksAStartWith409NamingIt() {
        String other = UUID.randomUUID().toString();
        sql("insert into ingest.job (id, kind, state, parameters, total, done, counts, owner, started_at, lease_until) "
                + "values ('" + other + "', 'republish', 'RUNNING', "
                + "'{\"status\":\"PUBLISHED\",\"since\":\"1970-01-01T00:00:00Z\"}', 5000, 1200, '{\"requeued\":1200}', "
                + "'ingest-7/42', now() - interval '1 minute', now() + interval '10 minutes')");

        given().post("/api/v1/admin/republish")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a republish job is already running: id " + other))
                .body("detail", containsString("on ingest-7/42"))
                .body("detail", containsString("started at"))
                .body("detail", containsString("progress 1200 of 5000"));

        // Any replica shows it, though it is not in this one's memory.
        given().get("/api/v1/admin/jobs/" + other).then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("counts.requeued", equalTo(1200)).body("total", equalTo(5000))
                .body("parameters.status", equalTo("PUBLISHED"));
    }

    @Test
    void aCrashedReplicasJobWithAnExpiredLeaseDoesNotBlock() {
        String crashed = UUID.randomUUID().toString();
        sql("insert into ingest.job (id, kind, state, owner, started_at, lease_until) values ('" + crashed
                + "', 'republish', 'RUNNING', 'ingest-3/7', now() - interval '1 hour', now() - interval '5 minutes')");

        given().get("/api/v1/admin/jobs/" + crashed).then().statusCode(200)
                .body("state", equalTo("FAILED")).body("error", containsString("stopped renewing the lease"));

        String started = given().queryParam("since", "2999-01-01").post("/api/v1/admin/republish")
                .then().statusCode(202).extract().path("id");
        given().get("/api/v1/admin/jobs/" + crashed).then().statusCode(200)
                .body("state", equalTo("FAILED")).body("error", containsString("ingest-3/7"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/admin/jobs/" + started).then().body("state", equalTo("SUCCEEDED")));
        assertEquals(1, count("id = '" + started + "' and state = 'SUCCEEDED' and finished_at is not null"),
                "the end is recorded for every replica to see");
    }

    @Test
    void concurrentStartsClaimOnce() throws Exception {
        int starts = 6;
        ExecutorService threads = Executors.newFixedThreadPool(starts);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < starts; i++) {
                Callable<String> claim = () -> {
                    try {
                        return ledger.claim(Republisher.KIND, UUID.randomUUID().toString(), Map.of(), List.of())
                                .await().atMost(Duration.ofSeconds(20)).state();
                    } catch (ProblemException e) {
                        return String.valueOf(e.problem().status());
                    }
                };
                outcomes.add(threads.submit(claim));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter("RUNNING"::equals).count(), results.toString());
            assertEquals(starts - 1, results.stream().filter("409"::equals).count(), results.toString());
        } finally {
            threads.shutdownNow();
        }
        // and over HTTP, while that claim holds: refused
        given().post("/api/v1/admin/republish").then().statusCode(409);
        assertTrue(count("kind = 'republish' and state = 'RUNNING'") == 1);
    }

    private static long count(String where) {
        try (Connection c = connect(); var rs = c.createStatement()
                .executeQuery("select count(*) from ingest.job where " + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }
}
