package io.sinoscope.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each run the query mix over and over (each from its own starting point,
 * so the kinds interleave), untimed during the warm-up, then timed. The same loop drives the service over HTTP and
 * the raw-Lucene baseline, so the two are measured alike.
 */
final class QueryLoad {

    /** Runs one query; what it returns is ignored. */
    interface Runner {
        void run(BenchQuery query) throws Exception;
    }

    /**
     * @param millis  latency samples per query name, mix order
     * @param seconds wall time of the timed phase
     */
    record Result(Map<String, double[]> millis, long requests, long errors, double seconds) {

        double throughput() {
            return requests / seconds;
        }

        double[] allMillis() {
            return millis.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        }
    }

    private QueryLoad() {
    }

    /** Timed by duration; or, when {@code rounds > 0}, by that many passes over the mix per client, no warm-up. */
    static Result run(List<BenchQuery> mix, int clients, Duration warmup, Duration measure, int rounds, Runner runner)
            throws Exception {
        if (rounds <= 0) {
            drive(mix, clients, warmup, 0, runner, false);
        }
        return drive(mix, clients, measure, rounds, runner, true);
    }

    private static Result drive(List<BenchQuery> mix, int clients, Duration duration, int rounds, Runner runner,
            boolean record) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<List<List<Double>>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<List<Double>> samples = new ArrayList<>();
                mix.forEach(q -> samples.add(new ArrayList<>()));
                for (long n = client; rounds > 0 ? n < client + (long) rounds * mix.size() : System.nanoTime() < deadline;
                        n++) {
                    int index = (int) (n % mix.size());
                    long sent = System.nanoTime();
                    try {
                        runner.run(mix.get(index));
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(mix.get(index).name() + " failed: " + e);
                        }
                        continue;
                    }
                    samples.get(index).add((System.nanoTime() - sent) / 1e6);
                }
                return samples;
            }));
        }
        Map<String, List<Double>> merged = new LinkedHashMap<>();
        mix.forEach(q -> merged.put(q.name(), new ArrayList<>()));
        for (Future<List<List<Double>>> result : results) {
            List<List<Double>> samples = result.get();
            for (int i = 0; i < mix.size(); i++) {
                merged.get(mix.get(i).name()).addAll(samples.get(i));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Map<String, double[]> millis = new LinkedHashMap<>();
        long requests = 0;
        for (var entry : merged.entrySet()) {
            millis.put(entry.getKey(), entry.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            requests += entry.getValue().size();
        }
        return record ? new Result(millis, requests, errors.get(), seconds) : null;
    }
}
