package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search latency of a running query-service under a fixed query mix ({@link BenchQuery#mix()}), next to the same
 * Lucene queries on a bare IndexSearcher ({@link RawLuceneBaseline}), with the service's resident memory. Issue 7
 * targets at 100k articles: p50 ≤ 5 ms, p99 ≤ 50 ms, RSS ≤ 512 MB ({@link Targets}).
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.QueryLatency \
 *     [--query http://localhost:8083] [--clients 4] [--warmup 15] [--seconds 60] \
 *     [--index-dir .sinoscope/query-index] [--pids .sinoscope/pids] [--json FILE] \
 *     [--rounds N]   (N passes over the mix per client instead of a timed run; no warm-up)
 * </pre>
 *
 * Prints a table and, with {@code --json}, writes the same figures as a {@link ResultJson}. Run it against an idle
 * stack after {@link QueryIndexFill}: the baseline reads the index's last commit, so wait one commit interval (10 s)
 * after the fill.
 */
public final class QueryLatency {

    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("query", QueryLatency.class, options);
        SearchClient search = new SearchClient(URI.create(options.get("query", "http://localhost:8083")));
        int clients = options.integer("clients", 4);
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 15));
        Duration measure = Duration.ofSeconds(options.integer("seconds", 60));
        int rounds = options.integer("rounds", 0);
        Path indexDir = Path.of(options.get("index-dir", ".sinoscope/query-index"));
        Path pids = Path.of(options.get("pids", ".sinoscope/pids"));
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
        ProcessMemory.Resident rss;
        ProcessMemory.Resident maxRss;
        try (ServiceMemory memory = new ServiceMemory(pids)) {
            service = QueryLoad.run(mix, clients, warmup, measure, rounds,
                    query -> search.search(search.uri(query.parameters())));
            rss = memory.current("query-service");
            maxRss = memory.max("query-service");
            result.services(memory);
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

        ObjectNode report = report(mix, totals, service, raw, articles, rawArticles, clients, rss, maxRss);
        result.results().setAll(report);
        Percentiles overall = new Percentiles(service.allMillis());
        // The targets hold at 100k articles; the figure names the corpus it was measured on.
        result.check(Check.atMost(String.format("query p50 at %,d articles", articles), overall.at(50),
                Targets.QUERY_P50_MILLIS, "ms"));
        result.check(Check.atMost(String.format("query p99 at %,d articles", articles), overall.at(99),
                Targets.QUERY_P99_MILLIS, "ms"));
        System.out.print(table(report));
        System.out.print(result.checkLines());
        result.finish(options);
    }

    static ObjectNode report(List<BenchQuery> mix, Map<String, Long> totals, QueryLoad.Result service,
            QueryLoad.Result raw, long articles, int rawArticles, int clients, ProcessMemory.Resident rss,
            ProcessMemory.Resident maxRss) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = json.createObjectNode();
        report.put("articles", articles);
        report.put("rawIndexArticles", rawArticles);
        report.put("clients", clients);
        report.put("serviceRequests", service.requests());
        report.put("serviceErrors", service.errors());
        ResultJson.put(report, "serviceThroughputPerSecond", service.throughput());
        if (raw != null) {
            ResultJson.put(report, "rawThroughputPerSecond", raw.throughput());
        }
        report.put("rssMiB", mib(rss.totalKiB()));
        report.put("maxRssMiB", mib(maxRss.totalKiB()));
        report.put("maxAnonymousRssMiB", mib(maxRss.anonymousKiB()));
        report.put("maxFileRssMiB", mib(maxRss.fileKiB()));
        ArrayNode queries = report.putArray("queries");
        for (BenchQuery query : mix) {
            ObjectNode row = queries.addObject();
            row.put("name", query.name());
            row.set("parameters", json.valueToTree(query.parameters()));
            row.put("total", totals.getOrDefault(query.name(), -1L));
            row.set("service", new Percentiles(service.millis().get(query.name())).json(json));
            if (raw != null) {
                row.set("rawLucene", new Percentiles(raw.millis().get(query.name())).json(json));
            }
        }
        ObjectNode all = report.putObject("all");
        all.set("service", new Percentiles(service.allMillis()).json(json));
        if (raw != null) {
            all.set("rawLucene", new Percentiles(raw.allMillis()).json(json));
        }
        return report;
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
        out.append(String.format("query-service RSS: %d MiB after the run, %d MiB at most during it: its own memory"
                + " (anonymous) %d MiB at most, pages of mapped files (the index: page cache) %d MiB at most%n",
                report.path("rssMiB").asLong(), report.path("maxRssMiB").asLong(),
                report.path("maxAnonymousRssMiB").asLong(), report.path("maxFileRssMiB").asLong()));
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

    private static long mib(long kiB) {
        return kiB < 0 ? -1 : kiB / 1024;
    }

    private static String triple(com.fasterxml.jackson.databind.JsonNode p) {
        return String.format("%.2f / %.2f / %.2f", p.path("p50").asDouble(), p.path("p95").asDouble(),
                p.path("p99").asDouble());
    }
}
