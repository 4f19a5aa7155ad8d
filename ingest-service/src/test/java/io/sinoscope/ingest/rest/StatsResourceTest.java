package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StatsResourceTest {

    @Test
    void countsRejectionsByStatusAndArticlesByStatus() {
        long before = rejected("422");
        given().contentType("text/plain; charset=UTF-8").queryParam("source", "stats")
                .body(new byte[] {(byte) 0xE4, (byte) 0xB8})
                .post("/api/v1/articles/raw").then().statusCode(422);
        assertEquals(before + 1, rejected("422"));

        given().contentType(ContentType.JSON)
                .body(Map.of("source", "stats", "externalId", UUID.randomUUID().toString(), "text", "统计接口测试文章：商务部发布新的出口管制公告。"))
                .post("/api/v1/articles").then().statusCode(202);
        given().get("/api/v1/stats").then().statusCode(200)
                .body("articlesByStatus", hasKey("DUPLICATE"))
                .body("outboxBacklog", greaterThanOrEqualTo(0));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/stats").then().body("articlesByStatus.PUBLISHED", greaterThanOrEqualTo(1)));
    }

    private static long rejected(String status) {
        Number count = given().get("/api/v1/stats").then().statusCode(200)
                .extract().path("rejectedByStatus.'" + status + "'");
        return count == null ? 0 : count.longValue();
    }
}
