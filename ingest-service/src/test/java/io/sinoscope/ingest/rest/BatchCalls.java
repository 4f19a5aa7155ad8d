package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Posts an NDJSON batch to the running test service and reads its result lines, one per input line. */
final class BatchCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchCalls() {
    }

    static List<JsonNode> post(String ndjson) throws Exception {
        String body = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/articles/batch")
                .then().statusCode(200).contentType("application/x-ndjson")
                .extract().asString();
        List<JsonNode> results = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                results.add(JSON.readTree(line));
            }
        }
        return results;
    }
}
