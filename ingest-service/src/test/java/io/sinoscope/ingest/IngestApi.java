package io.sinoscope.ingest;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as an authorised client makes them: every ingest endpoint needs the API key (test profile: test-key). */
public final class IngestApi {

    public static final String TEST_KEY = "test-key";

    private IngestApi() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header("X-Api-Key", TEST_KEY);
    }
}
