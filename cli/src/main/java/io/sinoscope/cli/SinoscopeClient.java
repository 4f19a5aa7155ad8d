package io.sinoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
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
    private final String apiKey;

    /** @param apiKey sent as X-Api-Key on every request; null to send none */
    SinoscopeClient(URI ingest, URI query, String apiKey) {
        this.ingest = ingest;
        this.query = query;
        this.apiKey = apiKey;
    }

    Answer submit(String articleJson) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(ingest.resolve("/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(articleJson, StandardCharsets.UTF_8)));
    }

    /**
     * Posts a file's bytes untouched to the raw door. The content type carries no charset on purpose: ingest-service
     * detects the encoding itself, and the JDK client adds none on its own. The timeout only guards against a hung
     * connection: the service answers 202 as soon as it has stored the bytes.
     */
    Answer submitRaw(byte[] bytes, String contentType, String source, String externalId)
            throws IOException, InterruptedException {
        String uri = "/api/v1/articles/raw?source=" + param(source) + "&externalId=" + param(externalId);
        return send(HttpRequest.newBuilder(ingest.resolve(uri))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    Answer enrichedArticle(String id) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(query.resolve("/api/v1/articles/" + id)).GET());
    }

    Answer search(String q, int size) throws IOException, InterruptedException {
        String uri = "/api/v1/search?size=" + size + "&q=" + param(q);
        return send(HttpRequest.newBuilder(query.resolve(uri)).GET());
    }

    /** UTF-8 percent-encoding, with a space as %20: a '+' in a query is read as a plus by some servers. */
    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException refused) {
            // The JDK's exception names no address; a person needs to know which service is down.
            ConnectException named = new ConnectException("cannot connect to " + built.uri().resolve("/")
                    + " (is it running? ./sinoscope status)");
            named.initCause(refused);
            throw named;
        }
        String body = response.body();
        // A proxy in front of a service may answer an error with an HTML page; that is a status without a body here,
        // not a parse failure that would hide the status.
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Answer(response.statusCode(), !isJson || body == null || body.isBlank() ? null : json.readTree(body));
    }
}
