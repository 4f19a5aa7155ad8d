package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * PNG plots of the JSON results in a directory (the launcher's {@code .sinoscope/bench/}):
 * {@code query-latency.png}, search latency p50 and p99 against corpus size, and {@code freshness.png}, freshness
 * p50 and p95 against the offered ingest rate, each with its target as a dashed line. Where several results share a
 * corpus size or a rate, the latest counts. A figure that was never reached (articles never listed) is left out.
 *
 * <pre>
 * java -Djava.awt.headless=true -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.Plot \
 *     [--results .sinoscope/bench] [--out docs/img]
 * </pre>
 */
public final class Plot {

    private static final Color P50 = new Color(31, 119, 180);
    private static final Color HIGH = new Color(214, 39, 40);
    private static final Color TARGET = new Color(90, 90, 90);

    private Plot() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Options options = Options.parse(args);
        Path results = Path.of(options.get("results", ".sinoscope/bench"));
        Path out = Path.of(options.get("out", "docs/img"));
        List<JsonNode> documents = read(results);
        write(queryLatency(documents), out.resolve("query-latency.png"), "query");
        write(freshness(documents), out.resolve("freshness.png"), "freshness");
    }

    private static void write(Chart chart, Path file, String benchmark) throws IOException {
        if (chart.isEmpty()) {
            System.out.println("no " + benchmark + " results: " + file + " not written");
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        chart.write(file);
        System.out.println("wrote " + file.toAbsolutePath());
    }

    /** The result documents of the directory, oldest first (ISO dates sort as text). */
    static List<JsonNode> read(Path directory) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return documents;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                documents.add(ResultJson.JSON.readTree(file.toFile()));
            }
        }
        documents.sort((a, b) -> a.path("date").asText().compareTo(b.path("date").asText()));
        return documents;
    }

    static Chart queryLatency(List<JsonNode> documents) {
        Map<Double, JsonNode> bySize = new TreeMap<>();
        for (JsonNode document : of(documents, "query")) {
            bySize.put(document.path("results").path("articles").asDouble(),
                    document.path("results").path("all").path("service"));
        }
        return new Chart("Search latency (query-service, all queries of the mix)", "articles in the index",
                "milliseconds")
                .series("p50", P50, points(bySize, "p50", 1))
                .series("p99", HIGH, points(bySize, "p99", 1))
                .target("p50 target 5 ms", TARGET, Targets.QUERY_P50_MILLIS)
                .target("p99 target 50 ms", HIGH.darker(), Targets.QUERY_P99_MILLIS);
    }

    static Chart freshness(List<JsonNode> documents) {
        Map<Double, JsonNode> byRate = new TreeMap<>();
        for (JsonNode document : of(documents, "freshness")) {
            for (JsonNode phase : document.path("results").path("phases")) {
                byRate.put(phase.path("offeredRate").asDouble(), phase.path("freshnessMillis"));
            }
        }
        return new Chart("Freshness: from the ingest 202 to the first search listing the article",
                "offered ingest rate, articles/s", "seconds")
                .series("p50", P50, points(byRate, "p50", 1000))
                .series("p95", HIGH, points(byRate, "p95", 1000))
                .target("p95 target 2 s (at 50/s)", TARGET, Targets.FRESHNESS_P95_MILLIS / 1000);
    }

    private static List<JsonNode> of(List<JsonNode> documents, String benchmark) {
        return documents.stream().filter(d -> benchmark.equals(d.path("benchmark").asText())).toList();
    }

    private static List<Chart.Point> points(Map<Double, JsonNode> byX, String field, double divisor) {
        List<Chart.Point> points = new ArrayList<>();
        byX.forEach((x, figures) -> {
            if (figures.path(field).isNumber()) {
                points.add(new Chart.Point(x, figures.path(field).asDouble() / divisor));
            }
        });
        return points;
    }
}
