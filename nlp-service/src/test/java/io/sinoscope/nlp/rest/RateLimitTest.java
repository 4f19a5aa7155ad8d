package io.sinoscope.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.sinoscope.localstack.testing.KafkaTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * service-support's per-client rate limit on writes, in a real service: a burst of 2 and one request every 100
 * seconds, so however slowly a shared machine answers, no token comes back during the test. POST /api/v1/analyze
 * is open, so it shows both ways a client is known: by its API key when it sends a valid one, by its address
 * otherwise.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyRateLimit.class)
@QuarkusTestResource(KafkaTestResource.class)
class RateLimitTest {

    public static class TinyRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.security.api-keys", "key-a,key-b,key-c",
                    "sinoscope.security.rate-limit.requests-per-second", "0.01",
                    "sinoscope.security.rate-limit.burst", "2");
        }
    }

    private static final String BODY = "{\"text\":\"美國總統川普週二表示，將限制先進晶片出口。\"}";

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysAreUnaffected() {
        analyze("key-a").then().statusCode(200);
        analyze("key-a").then().statusCode(200);

        Response refused = analyze("key-a");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"))
                .body("detail", containsString("this API key sent writes faster than 0.01 per second"))
                .body("detail", containsString("Retry-After"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 100, "one request every 100 s: wait at most 100 s, was "
                + retryAfter);

        analyze("key-b").then().statusCode(200);
        // Reads are not limited.
        given().header("X-Api-Key", "key-a").get("/api/v1/admin/jobs/none").then().statusCode(404);
    }

    @Test
    void withoutAValidKeyTheClientAddressIsLimited() {
        // An unknown key on an open endpoint is no identity: it cannot buy a fresh bucket.
        analyze("invented-1").then().statusCode(200);
        analyze(null).then().statusCode(200);
        analyze("invented-2").then().statusCode(429)
                .body("detail", containsString("this client address (no API key sent)"));

        analyze("key-c").then().statusCode(200);
    }

    private static Response analyze(String key) {
        var request = given().contentType("application/json").body(BODY);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return request.post("/api/v1/analyze");
    }
}
