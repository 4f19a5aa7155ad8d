package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.support.job.Job;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A republish answers in the JSON shape every admin job shares ({@link Job.View}), the shape query-service's rebuilds
 * and DLQ replays answer in (its JobShapeTest): the same keys while it starts and once it has finished.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class JobShapeTest {

    private static final Set<String> JOB_KEYS = Arrays.stream(Job.View.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toSet());

    @Test
    void aRepublishHasTheKeysOfEveryJob() {
        Response accepted = given().queryParam("since", "2999-01-01").post("/api/v1/admin/republish");
        accepted.then().statusCode(202);
        String id = accepted.path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/admin/jobs/" + id).then().body("state", equalTo("SUCCEEDED")));
        Response finished = given().get("/api/v1/admin/jobs/" + id);

        assertEquals(JOB_KEYS, keys(accepted), "202 of a republish");
        assertEquals(JOB_KEYS, keys(finished), "a finished republish");
        finished.then().body("type", equalTo("republish")).body("parameters.status", equalTo("PUBLISHED"))
                .body("parameters.since", equalTo("2999-01-01T00:00:00Z")).body("total", equalTo(0))
                .body("counts.requeued", equalTo(0));
    }

    private static Set<String> keys(Response response) {
        Map<String, Object> body = response.jsonPath().getMap("");
        return body.keySet();
    }
}
