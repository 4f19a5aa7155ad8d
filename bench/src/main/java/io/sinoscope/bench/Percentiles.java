package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Nearest-rank percentiles of recorded durations, in milliseconds. */
final class Percentiles {

    private final double[] sortedMillis;

    Percentiles(double[] millis) {
        this.sortedMillis = millis.clone();
        Arrays.sort(sortedMillis);
    }

    int count() {
        return sortedMillis.length;
    }

    double at(double percentile) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedMillis.length);
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
    }

    /** {@code {"count", "p50", "p95", "p99", "max"}}; an infinite figure (a sample that never completed) as null. */
    ObjectNode json(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("count", count());
        ResultJson.put(node, "p50", at(50));
        ResultJson.put(node, "p95", at(95));
        ResultJson.put(node, "p99", at(99));
        ResultJson.put(node, "max", at(100));
        return node;
    }

    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", at(50), at(95), at(99), at(100));
    }
}
