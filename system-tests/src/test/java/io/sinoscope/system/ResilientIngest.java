package io.sinoscope.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A client of ingest-service's NDJSON batch endpoint that behaves as the README asks of one when the service or its
 * database fails: a batch that got no answer (connection refused while ingest is down, or cut off when it dies) is
 * sent again, and so is every line answered with a 503 result line or a whole-request 503 or 429; lines answered
 * before the connection broke count as accepted. Resending is safe because ingest is idempotent on source +
 * externalId, and it must then answer the same id.
 *
 * <p>Records every id answered ({@link #accepted}, by externalId) and what went wrong on the way. Anything a correct
 * ingest never answers (another status, an error line other than 503, a second id for the same externalId, a
 * duplicate) is a {@link #violations violation}, and the batch gives up with an {@link AssertionError}.
 */
final class ResilientIngest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final ServiceProcess ingest;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();
    /** Requests that got no answer or an incomplete one: connection refused, reset, or cut off mid-stream. */
    final AtomicInteger unanswered = new AtomicInteger();
    /** Of those, the ones refused at connection (nothing listening: the service was down). */
    final AtomicInteger connectionsRefused = new AtomicInteger();
    /** Of those, the ones whose answer broke off after some of its result lines. */
    final AtomicInteger cutOff = new AtomicInteger();
    /** Whether a request has started to answer (one result line read or more) and not finished. */
    private volatile boolean midAnswer;
    /** Whole requests answered 503 or 429. */
    final AtomicInteger refused = new AtomicInteger();
    /** Lines answered with a 503 result line. */
    final AtomicInteger linesUnavailable = new AtomicInteger();
    /** Lines sent more than once. */
    final AtomicInteger linesResent = new AtomicInteger();

    ResilientIngest(ServiceProcess ingest, String apiKey) {
        this.ingest = ingest;
        this.apiKey = apiKey;
    }

    /** Sends the articles (each with a distinct externalId) until every one is accepted, or fails by the deadline. */
    void send(List<Map<String, Object>> articles, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
        articles.forEach(a -> pending.put((String) a.get("externalId"), a));
        boolean first = true;
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(pending.size() + " of " + articles.size() + " articles still not accepted "
                        + "after " + patience + "; the first: " + pending.keySet().iterator().next());
            }
            if (!first) {
                linesResent.addAndGet(pending.size());
            }
            first = false;
            List<Map<String, Object>> batch = new ArrayList<>(pending.values());
            if (!sendOnce(batch, pending)) {
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        }
    }

    /** @return whether the request was answered in full (lines answered 503, if any, are resent at once) */
    private boolean sendOnce(List<Map<String, Object>> batch, Map<String, Map<String, Object>> pending)
            throws InterruptedException {
        StringBuilder ndjson = new StringBuilder();
        for (Map<String, Object> article : batch) {
            try {
                ndjson.append(JSON.writeValueAsString(article)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.baseUri() + "/api/v1/articles/batch"))
                .timeout(Duration.ofSeconds(90)).header("X-Api-Key", apiKey)
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build();
        requests.incrementAndGet();
        HttpResponse<Stream<String>> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException noAnswer) {
            unanswered.incrementAndGet();
            if (noAnswer instanceof java.net.ConnectException) {
                connectionsRefused.incrementAndGet();
            }
            return false;
        }
        int status = response.statusCode();
        if (status == 503 || status == 429) {
            refused.incrementAndGet();
            checkProblem(response, status);
            response.body().close();
            return false;
        }
        if (status != 200) {
            String body = String.join("\n", response.body().toList());
            throw violation("batch answered " + status + ": " + body);
        }
        int answered = 0;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                answered++;
                result(batch, line, pending);
                midAnswer = answered < batch.size();
            }
        } catch (UncheckedIOException broken) {
            // cut off mid-answer (the lines read so far count), or reset before any
            unanswered.incrementAndGet();
            if (answered > 0) {
                cutOff.incrementAndGet();
            }
            return false;
        } finally {
            midAnswer = false;
        }
        if (answered < batch.size()) {
            // the stream ended cleanly but short: the process died between two lines
            unanswered.incrementAndGet();
            cutOff.incrementAndGet();
            return false;
        }
        return true;
    }

    private void result(List<Map<String, Object>> batch, String line, Map<String, Map<String, Object>> pending) {
        JsonNode result;
        try {
            result = JSON.readTree(line);
        } catch (IOException e) {
            throw violation("unreadable result line: " + line);
        }
        int number = result.path("line").asInt(0);
        if (number < 1 || number > batch.size()) {
            throw violation("result for line " + number + " of a " + batch.size() + "-line batch: " + line);
        }
        String externalId = (String) batch.get(number - 1).get("externalId");
        if (result.hasNonNull("id")) {
            String status = result.path("status").asText();
            if (!status.equals("RECEIVED") && !status.equals("PUBLISHED")) {
                throw violation(externalId + " was answered with status " + status + ": " + line);
            }
            String id = result.get("id").asText();
            String earlier = accepted.putIfAbsent(externalId, id);
            if (earlier != null && !earlier.equals(id)) {
                throw violation(externalId + " was answered with id " + id + " after " + earlier);
            }
            pending.remove(externalId);
        } else if (result.path("error").path("status").asInt() == 503) {
            linesUnavailable.incrementAndGet();
        } else {
            throw violation(externalId + " was refused: " + line);
        }
    }

    private void checkProblem(HttpResponse<?> response, int status) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            throw violation("a " + status + " came as " + type + ", not problem+json");
        }
        if (response.headers().firstValue("Retry-After").isEmpty()) {
            throw violation("a " + status + " came without Retry-After");
        }
    }

    private AssertionError violation(String what) {
        violations.add(what);
        return new AssertionError(what);
    }

    /** Whether a batch is being answered right now: some of its result lines read, not all. */
    boolean midAnswer() {
        return midAnswer;
    }

    /** The id each accepted article was answered with, by externalId. */
    Map<String, String> accepted() {
        return Map.copyOf(accepted);
    }

    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    String summary() {
        return String.format("%d accepted in %d requests: %d unanswered or cut off (%d refused at connection, %d "
                        + "cut off mid-answer), %d refused whole (503/429), %d lines answered 503, %d lines sent again",
                accepted.size(), requests.get(), unanswered.get(), connectionsRefused.get(), cutOff.get(),
                refused.get(), linesUnavailable.get(), linesResent.get());
    }
}
