package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /api/v1/search} of a running query-service. Thread-safe. */
final class SearchClient {

    /**
     * Matches every article of a source: a query of exclusions only matches everything else, and no article holds
     * this Latin token.
     */
    static final String EVERYTHING = "-zzqqxxjj";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    SearchClient(URI base) {
        this.base = base;
    }

    /** The search's URI, parameters encoded in the order given. */
    URI uri(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return base.resolve("/api/v1/search?" + query);
    }

    /** Sends the search; the response body, or an exception naming the status when it is not 200. */
    String search(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    long total(Map<String, String> parameters) throws IOException, InterruptedException {
        JsonNode result = json.readTree(search(uri(parameters)));
        return result.path("total").asLong();
    }

    /** How many articles of this source query-service serves (all sources when null). */
    long articles(String source) throws IOException, InterruptedException {
        return source == null ? total(Map.of("q", EVERYTHING, "size", "1"))
                : total(Map.of("q", EVERYTHING, "source", source, "size", "1"));
    }
}
