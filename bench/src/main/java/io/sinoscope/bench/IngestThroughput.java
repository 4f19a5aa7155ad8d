package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sustained ingest through the NDJSON batch endpoint into PostgreSQL and Kafka, against a running stack.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.IngestThroughput \
 *     --articles 20000 --batch 500 --clients 2 --chars 2000 [--ingest http://localhost:8081] [--api-key KEY] \
 *     [--pids .sinoscope/pids] [--json FILE]
 * </pre>
 *
 * Reports accepted articles per second, the time between result lines (the service time of one article as the
 * client sees it) and whole-request latencies, then how long the outbox took to hand everything to Kafka, and the
 * services' resident memory during the run. Issue 4 target: ≥ 500 articles/s stored.
 */
public final class IngestThroughput {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI ingest;
    private final String apiKey;

    private IngestThroughput(URI ingest, String apiKey) {
        this.ingest = ingest;
        this.apiKey = apiKey;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("ingest", IngestThroughput.class, options);
        int articles = options.integer("articles", 20000);
        int batch = options.integer("batch", 500);
        int clients = options.integer("clients", 2);
        int chars = options.integer("chars", 2000);
        String key = options.secret("api-key", System.getenv("SINOSCOPE_API_KEY"));
        var bench = new IngestThroughput(URI.create(options.get("ingest", "http://localhost:8081")), key);
        try (ServiceMemory memory = new ServiceMemory(Path.of(options.get("pids", ".sinoscope/pids")))) {
            bench.run(articles, batch, clients, chars, result.results());
            result.services(memory);
        }
        result.check(Check.atLeast("ingest rate stored", result.results().path("storedPerSecond").asDouble(),
                Targets.INGEST_ARTICLES_PER_SECOND, "articles/s"));
        System.out.print(result.checkLines());
        result.finish(options);
    }

    private void run(int articles, int batch, int clients, int chars, ObjectNode report) throws Exception {
        String source = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("ingest benchmark: %d articles of ~%d characters, %d per request, %d clients, source %s%n",
                articles, chars, batch, clients, source);
        long backlogBefore = backlog();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<BatchResult>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> sendAll(source, client, clients, articles, batch, chars)));
        }
        List<Double> lineGaps = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        long accepted = 0;
        long failed = 0;
        try {
            for (Future<BatchResult> result : results) {
                BatchResult r = result.get();
                lineGaps.addAll(r.lineGapsMillis());
                requests.addAll(r.requestMillis());
                accepted += r.accepted();
                failed += r.failed();
            }
        } finally {
            // A refused batch (a missing key, say) ends the run with its error instead of idle pool threads keeping
            // the JVM alive after main has thrown.
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Percentiles gaps = new Percentiles(lineGaps.stream().mapToDouble(Double::doubleValue).toArray());
        Percentiles batches = new Percentiles(requests.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("accepted %d, failed %d in %.1f s: %.0f articles/s stored%n", accepted, failed, seconds,
                accepted / seconds);
        System.out.println("time between result lines (per client): " + gaps.summary());
        System.out.println("batch request latency: " + batches.summary());
        long drainStarted = System.nanoTime();
        long left;
        while ((left = backlog()) > backlogBefore) {
            Thread.sleep(200);
        }
        double drained = (System.nanoTime() - started) / 1e9;
        double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
        System.out.printf("outbox drained %.1f s after the last response (backlog %d); end to end %.0f articles/s "
                + "stored and acknowledged by Kafka%n", drainSeconds, left, accepted / drained);
        report.put("source", source);
        report.put("accepted", accepted);
        report.put("failed", failed);
        ResultJson.put(report, "seconds", seconds);
        ResultJson.put(report, "storedPerSecond", accepted / seconds);
        ResultJson.put(report, "outboxDrainSeconds", drainSeconds);
        ResultJson.put(report, "storedAndAckedPerSecond", accepted / drained);
        report.set("lineGapMillis", gaps.json(ResultJson.JSON));
        report.set("batchRequestMillis", batches.json(ResultJson.JSON));
    }

    private record BatchResult(long accepted, long failed, List<Double> lineGapsMillis, List<Double> requestMillis) {
    }

    private BatchResult sendAll(String source, int client, int clients, int articles, int batch, int chars)
            throws Exception {
        // Seeded per run as well as per client: the same texts again would be exact duplicates of the last run's,
        // which ingest answers without storing anything, and the rate would flatter it.
        SyntheticCorpus corpus = new SyntheticCorpus(31L * source.hashCode() + client, chars);
        List<Double> gaps = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        long accepted = 0;
        long failed = 0;
        for (int first = client; first < articles; first += batch * clients) {
            StringBuilder body = new StringBuilder();
            for (int i = first; i < Math.min(articles, first + batch * clients); i += clients) {
                body.append(corpus.articleLine(source, "a" + i)).append('\n');
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(ingest.resolve("/api/v1/articles/batch"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            if (apiKey != null) {
                request.header("X-Api-Key", apiKey);
            }
            long sent = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("batch refused with " + response.statusCode() + ": "
                        + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
            long previous = sent;
            try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long now = System.nanoTime();
                    gaps.add((now - previous) / 1e6);
                    previous = now;
                    JsonNode result = json.readTree(line);
                    if (result.has("id")) {
                        accepted++;
                    } else {
                        failed++;
                    }
                }
            }
            requests.add((System.nanoTime() - sent) / 1e6);
        }
        return new BatchResult(accepted, failed, gaps, requests);
    }

    private long backlog() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest.resolve("/api/v1/stats")).timeout(Duration.ofSeconds(10));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("outboxBacklog").asLong();
    }
}
