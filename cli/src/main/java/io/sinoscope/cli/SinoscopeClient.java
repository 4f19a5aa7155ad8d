package io.sinoscope.cli;

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

/** The public HTTP API of ingest-service and query-service, as any external client calls it. */
final class SinoscopeClient {

    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ingest;
    private final URI query;

    SinoscopeClient(URI ingest, URI query) {
        this.ingest = ingest;
        this.query = query;
    }

    Answer submit(String articleJson) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(ingest.resolve("/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(articleJson, StandardCharsets.UTF_8)).build());
    }

    Answer enrichedArticle(String id) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(query.resolve("/api/v1/articles/" + id)).GET().build());
    }

    Answer search(String q, int size) throws IOException, InterruptedException {
        String uri = "/api/v1/search?size=" + size + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(query.resolve(uri)).GET().build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? null : json.readTree(body));
    }
}
