package io.sinoscope.text.fact;

import java.util.Map;
import java.util.TreeMap;

/**
 * Disjoint spans {@code [start, end)} kept so far, asked whether a new one overlaps any of them in O(log n). The
 * extractors used to ask every kept fact in turn, which made a text of thousands of facts quadratic (issue 21).
 * Because the kept spans never overlap, they are ordered alike by start and by end: the one with the greatest start
 * before a new span's end is the only one that can reach into it.
 */
final class Spans {

    private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

    /** Whether {@code [start, end)} overlaps a kept span, as {@link Fact#overlaps(Fact)} decides it. */
    boolean overlapsAny(int start, int end) {
        Map.Entry<Integer, Integer> before = byStart.lowerEntry(end);
        return before != null && before.getValue() > start;
    }

    /** Keeps a span that overlaps none kept. */
    void add(int start, int end) {
        byStart.put(start, end);
    }
}
