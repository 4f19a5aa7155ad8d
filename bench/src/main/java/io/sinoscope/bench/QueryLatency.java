package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search latency of a running query-service under a fixed query mix ({@link BenchQuery#mix()}), next to the same
 * Lucene queries on a bare IndexSearcher ({@link RawLuceneBaseline}), with the service's resident memory. Issue 7
 * targets at 100k articles: p50 ≤ 5 ms, p99 ≤ 50 ms, RSS ≤ 512 MB.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.QueryLatency \
 *     [--query http://localhost:8083] [--clients 4] [--warmup 15] [--seconds 60] \
 *     [--index-dir .sinoscope/query-index] [--pid-file .sinoscope/pids/query-service.pid] [--json query-latency.json] \
 *     [--rounds N]   (N passes over the mix per client instead of a timed run; no warm-up)
 * </pre>
 *
 * Prints a table and writes the same figures as JSON. Run it against an idle stack after {@link QueryIndexFill}: the
 * baseline reads the index's last commit, so wait one commit interval (10 s) after the fill.
 */
public final class QueryLatency {

    private static final double TARGET_P50 = 5;
    private static final double TARGET_P99 = 50;
    private static final long TARGET_RSS_MB = 512;

    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        SearchClient search = new SearchClient(URI.create(options.get("query", "http://localhost:8083")));
        int clients = options.integer("clients", 4);
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 15));
        Duration measure = Duration.ofSeconds(options.integer("seconds", 60));
        int rounds = options.integer("rounds", 0);
        Path indexDir = Path.of(options.get("index-dir", ".sinoscope/query-index"));
        long pid = ProcessMemory.pidFrom(Path.of(options.get("pid-file", ".sinoscope/pids/query-service.pid")));
        Path jsonOut = Path.of(options.get("json", "query-latency.json"));
        List<BenchQuery> mix = BenchQuery.mix();

        long articles = search.articles(null);
        Map<String, Long> totals = new LinkedHashMap<>();
        for (BenchQuery query : mix) {
            totals.put(query.name(), search.total(query.parameters()));
        }
        System.out.printf("query latency: %d articles served, %d clients, %s%n", articles, clients,
                rounds > 0 ? rounds + " rounds of the mix" : warmup.toSeconds() + " s warm-up, " + measure.toSeconds()
                        + " s measured");

        QueryLoad.Result service;
        long rssKiB;
        long maxRssKiB;
        try (ProcessMemory memory = new ProcessMemory(pid)) {
            service = QueryLoad.run(mix, clients, warmup, measure, rounds,
                    query -> search.search(search.uri(query.parameters())));
            rssKiB = memory.currentKiB();
            maxRssKiB = pid < 0 ? -1 : memory.maxKiB();
        }

        QueryLoad.Result raw = null;
        int rawArticles = -1;
        if (Files.isDirectory(indexDir)) {
            try (RawLuceneBaseline baseline = new RawLuceneBaseline(indexDir, mix, 0.5, Duration.ofDays(30))) {
                rawArticles = baseline.articles();
                raw = QueryLoad.run(mix, clients, warmup, measure, rounds, baseline::search);
            }
        } else {
            System.out.println("no index directory at " + indexDir + ": raw-Lucene baseline skipped");
        }

        ObjectNode report = report(mix, totals, service, raw, articles, rawArticles, clients, rssKiB, maxRssKiB);
        System.out.print(table(report));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), report);
        System.out.println("JSON: " + jsonOut.toAbsolutePath());
    }

    static ObjectNode report(List<BenchQuery> mix, Map<String, Long> totals, QueryLoad.Result service,
            QueryLoad.Result raw, long articles, int rawArticles, int clients, long rssKiB, long maxRssKiB) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = json.createObjectNode();
        report.put("measuredAt", Instant.now().toString());
        report.put("articles", articles);
        report.put("rawIndexArticles", rawArticles);
        report.put("clients", clients);
        report.put("serviceRequests", service.requests());
        report.put("serviceErrors", service.errors());
        report.put("serviceThroughputPerSecond", round(service.throughput()));
        if (raw != null) {
            report.put("rawThroughputPerSecond", round(raw.throughput()));
        }
        report.put("rssMiB", rssKiB < 0 ? -1 : rssKiB / 1024);
        report.put("maxRssMiB", maxRssKiB < 0 ? -1 : maxRssKiB / 1024);
        ArrayNode queries = report.putArray("queries");
        for (BenchQuery query : mix) {
            ObjectNode row = queries.addObject();
            row.put("name", query.name());
            row.set("parameters", json.valueToTree(query.parameters()));
            row.put("total", totals.getOrDefault(query.name(), -1L));
            row.set("service", percentiles(json, service.millis().get(query.name())));
            if (raw != null) {
                row.set("rawLucene", percentiles(json, raw.millis().get(query.name())));
            }
        }
        ObjectNode all = report.putObject("all");
        all.set("service", percentiles(json, service.allMillis()));
        if (raw != null) {
            all.set("rawLucene", percentiles(json, raw.allMillis()));
        }
        Percentiles overall = new Percentiles(service.allMillis());
        ObjectNode targets = report.putObject("targets");
        targets.put("p50Met", overall.at(50) <= TARGET_P50);
        targets.put("p99Met", overall.at(99) <= TARGET_P99);
        targets.put("rssMet", maxRssKiB >= 0 && maxRssKiB / 1024 <= TARGET_RSS_MB);
        return report;
    }

    private static ObjectNode percentiles(ObjectMapper json, double[] millis) {
        Percentiles p = new Percentiles(millis);
        ObjectNode node = json.createObjectNode();
        node.put("count", millis.length);
        node.put("p50", round(p.at(50)));
        node.put("p95", round(p.at(95)));
        node.put("p99", round(p.at(99)));
        node.put("max", round(p.at(100)));
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The report as a Markdown table (docs/benchmarks.md takes it as is). */
    static String table(ObjectNode report) {
        StringBuilder out = new StringBuilder();
        boolean raw = report.path("all").has("rawLucene");
        out.append("| query | hits | service p50 / p95 / p99 ms |")
                .append(raw ? " raw Lucene p50 / p95 / p99 ms | p50 ratio |" : "").append('\n');
        out.append("|---|---|---|").append(raw ? "---|---|" : "").append('\n');
        for (var row : report.path("queries")) {
            appendRow(out, row.path("name").asText(), row.path("total").asText(), row.path("service"),
                    row.path("rawLucene"), raw);
        }
        appendRow(out, "**all**", "", report.path("all").path("service"), report.path("all").path("rawLucene"), raw);
        out.append(String.format("%nthroughput: service %.0f searches/s", report.path("serviceThroughputPerSecond")
                .asDouble()));
        if (raw) {
            out.append(String.format(", raw Lucene %.0f searches/s", report.path("rawThroughputPerSecond").asDouble()));
        }
        out.append(String.format(" (%d clients); errors %d%n", report.path("clients").asInt(),
                report.path("serviceErrors").asLong()));
        out.append(String.format("query-service RSS: %d MiB after the run, %d MiB at most during it%n",
                report.path("rssMiB").asLong(), report.path("maxRssMiB").asLong()));
        var targets = report.path("targets");
        out.append(String.format("targets (p50 ≤ %.0f ms, p99 ≤ %.0f ms, RSS ≤ %d MB): p50 %s, p99 %s, RSS %s%n",
                TARGET_P50, TARGET_P99, TARGET_RSS_MB, met(targets, "p50Met"), met(targets, "p99Met"),
                met(targets, "rssMet")));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String name, String hits,
            com.fasterxml.jackson.databind.JsonNode service, com.fasterxml.jackson.databind.JsonNode raw,
            boolean withRaw) {
        out.append(String.format("| %s | %s | %s |", name, hits, triple(service)));
        if (withRaw) {
            double ratio = raw.path("p50").asDouble() > 0 ? service.path("p50").asDouble() / raw.path("p50").asDouble()
                    : Double.NaN;
            out.append(String.format(" %s | %.1f× |", triple(raw), ratio));
        }
        out.append('\n');
    }

    private static String triple(com.fasterxml.jackson.databind.JsonNode p) {
        return String.format("%.2f / %.2f / %.2f", p.path("p50").asDouble(), p.path("p95").asDouble(),
                p.path("p99").asDouble());
    }

    private static String met(com.fasterxml.jackson.databind.JsonNode targets, String field) {
        return targets.path(field).asBoolean() ? "met" : "NOT met";
    }
}
