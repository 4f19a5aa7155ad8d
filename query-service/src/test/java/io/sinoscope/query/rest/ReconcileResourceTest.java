package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.query.QueryDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.indexing.Reconciler;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation API's edge, with ingest-service down (the test profile points at a port nobody listens on): a
 * run fails saying ingest did not answer, one run at a time across replicas (a row in query.job plays another
 * replica's run), and the roles. The comparison itself, against a running ingest-service, is the system test
 * ReconciliationIT.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReconcileResourceTest {

    private static final String ADMIN = "test-key";
    private static final String READER = "test-reader";

    @AfterEach
    void noRunLeftRunning() {
        sql("update query.job set state = 'FAILED' where state = 'RUNNING' and owner = 'test'");
    }

    @Test
    void aRunWithIngestDownFailsSayingSoAndIsTheLatestRunInTheReport() {
        String id = given().header("X-Api-Key", ADMIN).post("/api/v1/admin/reconcile?dryRun=true")
                .then().statusCode(202).header("Location", containsString("/api/v1/admin/jobs/"))
                .body("type", equalTo(Reconciler.KIND)).body("parameters.dryRun", equalTo("true"))
                .extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("X-Api-Key", READER)
                .get("/api/v1/admin/jobs/" + id).then().statusCode(200).body("state", equalTo("FAILED"))
                .body("error", containsString("ingest-service did not answer when asked to list published articles")));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("id = '" + id + "' and state = 'FAILED'") == 1);
        given().header("X-Api-Key", READER).get("/api/v1/admin/reconcile").then().statusCode(200)
                .body("lastRun.id", equalTo(id)).body("gaps.MISSING", notNullValue())
                .body("maxAttempts", equalTo(3)).body("schedule", containsString("off"));
    }

    @Test
    void aRunOnAnotherReplicaBlocksASecondStartWith409() {
        String running = UUID.randomUUID().toString();
        sql("insert into query.job (id, kind, state, parameters, total, done, owner, started_at, lease_until) values ('"
                + running + "', '" + Reconciler.KIND + "', 'RUNNING', '{\"trigger\":\"schedule\"}', -1, 4000, 'test', "
                + "now() - interval '30 seconds', now() + interval '10 minutes')");
        given().header("X-Api-Key", ADMIN).post("/api/v1/admin/reconcile")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is already running: id " + running))
                .body("detail", containsString("4000 so far"));
        given().header("X-Api-Key", READER).get("/api/v1/admin/jobs/" + running).then().statusCode(200)
                .body("type", equalTo(Reconciler.KIND)).body("state", equalTo("RUNNING"))
                .body("counts.done", equalTo(4000));
    }

    @Test
    void rolesAndBounds() {
        given().header("X-Api-Key", READER).post("/api/v1/admin/reconcile").then().statusCode(403);
        given().get("/api/v1/admin/reconcile").then().statusCode(401);
        given().header("X-Api-Key", READER).get("/api/v1/admin/reconcile?oldest=1001").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("oldest must be between 0"));
    }

    private static long count(String where) {
        return QueryDatabase.count("query.job", where);
    }

    private static void sql(String statement) {
        QueryDatabase.sql(statement);
    }
}
