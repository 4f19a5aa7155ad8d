package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts on both sides of page boundaries, visited in id order, and slices added together. */
class CountsByIdTest {

    @Test
    void countsIdsOnEveryPageAndVisitsOnlyCountedOnesInIdOrder() {
        CountsById counts = new CountsById(5_000);
        for (int id : new int[] {4_999, 1_024, 0, 1_023, 1_024, 4_999, 4_999}) {
            counts.increment(id);
        }
        assertEquals(Map.of(0, 1, 1_023, 1, 1_024, 2, 4_999, 3), visited(counts));
        assertEquals(List.of(0, 1_023, 1_024, 4_999), List.copyOf(visited(counts).keySet()));
    }

    @Test
    void addsAnotherSlicesCounts() {
        CountsById first = new CountsById(3_000);
        first.increment(7);
        first.increment(2_500);
        CountsById second = new CountsById(3_000);
        second.increment(2_500);
        second.increment(1_500);
        first.addAll(second);
        assertEquals(Map.of(7, 1, 1_500, 1, 2_500, 2), visited(first));
        assertEquals(Map.of(), visited(new CountsById(0)));
    }

    private static Map<Integer, Integer> visited(CountsById counts) {
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        counts.forEachCounted(seen::put);
        return seen;
    }
}
