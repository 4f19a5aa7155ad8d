package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.query.QueryDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.indexing.IndexRebuilder;
import io.sinoscope.support.job.JobLedger;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One rebuild of an index at a time, recorded in query.job. The test index is embedded (Lucene): its rebuilds are
 * exclusive on this replica, kind reindex@<replica>. A row written straight into the table plays a rebuild this
 * replica ran before it crashed and restarted.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReindexExclusivityTest {

    private static final String KEY = "test-key";
    private static final String KIND = IndexRebuilder.KIND + "@" + JobLedger.replicaName();

    @Inject
    IndexRebuilder rebuilder;

    @BeforeEach
    void noStartupRebuildRunning() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuilder.rebuilding());
        await().atMost(Duration.ofSeconds(60)).until(() -> count("state = 'RUNNING'") == 0);
    }

    @AfterEach
    void noJobLeftRunning() {
        sql("update query.job set state = 'FAILED' where state = 'RUNNING' and owner = 'test'");
    }

    @Test
    void aRunningRebuildBlocksASecondStartWith409AndIsReadableFromTheTable() {
        String running = UUID.randomUUID().toString();
        sql("insert into query.job (id, kind, state, parameters, total, done, owner, started_at, lease_until) values ('"
                + running + "', '" + KIND + "', 'RUNNING', '{\"trigger\":\"api\"}', 800, 300, 'test', "
                + "now() - interval '30 seconds', now() + interval '10 minutes')");

        given().header("X-Api-Key", KEY).post("/api/v1/admin/reindex")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is already running: id " + running))
                .body("detail", containsString("progress 300 of 800"));
        given().header("X-Api-Key", KEY).get("/api/v1/admin/jobs/" + running).then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("counts.done", equalTo(300)).body("total", equalTo(800))
                .body("parameters.trigger", equalTo("api"));
    }

    @Test
    void aRebuildWhoseLeaseExpiredDoesNotBlockAndShowsAsFailed() {
        String crashed = UUID.randomUUID().toString();
        sql("insert into query.job (id, kind, state, owner, started_at, lease_until) values ('" + crashed + "', '"
                + KIND + "', 'RUNNING', 'test', now() - interval '1 hour', now() - interval '1 minute')");

        String started = given().header("X-Api-Key", KEY).post("/api/v1/admin/reindex")
                .then().statusCode(202).extract().path("id");
        given().header("X-Api-Key", KEY).get("/api/v1/admin/jobs/" + crashed).then().statusCode(200)
                .body("state", equalTo("FAILED")).body("error", containsString("stopped renewing the lease"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("X-Api-Key", KEY)
                .get("/api/v1/admin/jobs/" + started).then().body("state", equalTo("SUCCEEDED")));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                count("id = '" + started + "' and state = 'SUCCEEDED' and finished_at is not null") == 1);
    }

    private static long count(String where) {
        return QueryDatabase.count("query.job", where);
    }

    private static void sql(String statement) {
        QueryDatabase.sql(statement);
    }
}
