package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.QueryDatabase;
import io.sinoscope.query.indexing.IndexRebuilder;
import io.sinoscope.support.job.Job;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every admin job answers in one JSON shape ({@link Job.View}): a rebuild, a DLQ replay, and a job read back from
 * query.job (run by another replica) have the same keys. ingest-service's republish is held to the same shape by its
 * own JobShapeTest.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class JobShapeTest {

    private static final String KEY = "test-key";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Set<String> JOB_KEYS = Arrays.stream(Job.View.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toSet());

    @Inject
    IndexRebuilder rebuilder;

    @Test
    void aRebuildADeadLetterReplayAndARecordedJobHaveTheSameKeys() {
        await().atMost(WAIT).until(() -> !rebuilder.rebuilding());
        await().atMost(WAIT).until(() -> QueryDatabase.count("query.job", "state = 'RUNNING'") == 0);

        Response reindexAccepted = given().header("X-Api-Key", KEY).post("/api/v1/admin/reindex");
        reindexAccepted.then().statusCode(202);
        String reindex = reindexAccepted.path("id");
        Response replayAccepted = given().header("X-Api-Key", KEY).post("/api/v1/admin/dlq/replay");
        replayAccepted.then().statusCode(202);
        String replay = replayAccepted.path("id");
        String recorded = UUID.randomUUID().toString();
        QueryDatabase.sql("insert into query.job (id, kind, state, parameters, total, done, counts, owner, started_at, "
                + "finished_at, lease_until) values ('" + recorded + "', 'reindex', 'SUCCEEDED', "
                + "'{\"trigger\":\"api\"}', 10, 10, '{\"done\":10,\"removed\":0}', 'query-2/9', "
                + "now() - interval '1 minute', now(), now() + interval '1 minute')");

        await().atMost(WAIT).untilAsserted(() -> job(reindex).then().body("state", equalTo("SUCCEEDED")));
        await().atMost(WAIT).untilAsserted(() -> job(replay).then().body("state", oneOf("SUCCEEDED", "FAILED")));

        assertEquals(JOB_KEYS, keys(reindexAccepted), "202 of a rebuild");
        assertEquals(JOB_KEYS, keys(replayAccepted), "202 of a replay");
        assertEquals(JOB_KEYS, keys(job(reindex)), "a rebuild");
        assertEquals(JOB_KEYS, keys(job(replay)), "a DLQ replay");
        assertEquals(JOB_KEYS, keys(job(recorded)), "a rebuild another replica recorded");
        assertEquals(JOB_KEYS, keys(given().header("X-Api-Key", KEY).get("/api/v1/admin/reindex/" + reindex)),
                "a rebuild at its own address");

        job(reindex).then().body("type", equalTo("reindex")).body("parameters.trigger", equalTo("api"))
                .body("counts.keySet()", equalTo(Set.of("done", "removed")));
        job(recorded).then().body("type", equalTo("reindex")).body("counts.removed", equalTo(0));
        job(replay).then().body("type", equalTo("dlq-replay"))
                .body("counts.keySet()", equalTo(Set.of("replayed", "skipped")));
    }

    private static Response job(String id) {
        return given().header("X-Api-Key", KEY).get("/api/v1/admin/jobs/" + id);
    }

    private static Set<String> keys(Response response) {
        Map<String, Object> body = response.then().statusCode(oneOf(200, 202)).extract().jsonPath().getMap("");
        return body.keySet();
    }
}
