package io.sinoscope.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Stands in for ingest-service's raw door in unit tests only: records every request and answers what the test says.
 * The end-to-end test against the real service lives in system-tests.
 */
final class FakeIngest implements AutoCloseable {

    record Received(String path, String rawQuery, Map<String, String> params, List<String> contentTypes,
            List<String> apiKeys, byte[] body) {

        String externalId() {
            return params.get("externalId");
        }
    }

    record Response(int status, String contentType, String body) {
    }

    static Response accepted() {
        return new Response(202, "application/json", "{\"id\":\"a1\",\"status\":\"RECEIVED\",\"duplicateOf\":null}");
    }

    static Response problem(int status, String detail) {
        return new Response(status, "application/problem+json",
                "{\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;
    private volatile Function<Received, Response> answer;

    FakeIngest(Function<Received, Response> answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answerWith(Function<Received, Response> answer) {
        this.answer = answer;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized void forget() {
        received.clear();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            var request = new Received(exchange.getRequestURI().getPath(), rawQuery, params(rawQuery),
                    exchange.getRequestHeaders().getOrDefault("Content-Type", List.of()),
                    exchange.getRequestHeaders().getOrDefault("X-Api-Key", List.of()),
                    exchange.getRequestBody().readAllBytes());
            synchronized (this) {
                received.add(request);
            }
            Response response;
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                response = answer.apply(request);
            } finally {
                // before the answer leaves: once the client has it, it may rightly send the next file
                inFlight.decrementAndGet();
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
