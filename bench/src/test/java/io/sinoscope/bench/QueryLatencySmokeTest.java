package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One pass of the query benchmark's driver and report without a stack, against a stub search endpoint (milliseconds).
 * The raw-Lucene baseline is left to the end-to-end run: building its queries loads the analyzer's dictionaries,
 * which costs 5 to 30 s, too much for every build.
 */
class QueryLatencySmokeTest {

    @Test
    void onePassOverTheMixGivesAReportForEveryQuery() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/api/v1/search", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"total\":3,\"hits\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            List<BenchQuery> mix = BenchQuery.mix();
            SearchClient search = new SearchClient(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()));
            QueryLoad.Result service = QueryLoad.run(mix, 2, Duration.ZERO, Duration.ZERO, 1,
                    query -> search.search(search.uri(query.parameters())));
            Map<String, Long> totals = new LinkedHashMap<>();
            mix.forEach(q -> totals.put(q.name(), 3L));

            ObjectNode report = QueryLatency.report(mix, totals, service, null, 3, -1, 2,
                    ProcessMemory.Resident.UNKNOWN, ProcessMemory.Resident.UNKNOWN);

            assertEquals(2 * mix.size(), requests.get());
            assertEquals(0, service.errors());
            assertEquals(mix.size(), report.path("queries").size());
            report.path("queries").forEach(row -> {
                assertEquals(2, row.path("service").path("count").asInt(), row.toString());
            });
            assertTrue(QueryLatency.table(report).contains("| date-sorted | 3 |"));
        } finally {
            stub.stop(0);
        }
    }
}
