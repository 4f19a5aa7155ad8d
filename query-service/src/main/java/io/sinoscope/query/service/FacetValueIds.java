package io.sinoscope.query.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every value of one facet field this process has met, numbered in order of first sighting: the ids facet counts are
 * summed under, across all segments of all readers.
 *
 * <p>Why not Lucene's global ordinals ({@code OrdinalMap}): they belong to one reader, so every near-real-time
 * refresh (twice a second while articles arrive) rebuilt them over every distinct value of the whole index — a tenth
 * of query-service's CPU while it indexed 25 articles a second into 10,000, and growing with the index. These ids
 * outlive readers: a segment's values are numbered once, when {@link SegmentFacetValues} decodes it, so a refresh
 * costs only its new segment's values. The price: ids follow first sighting, not value order (ties are broken by
 * comparing the values), and a value stays numbered after its last article is gone, until the process restarts —
 * a few dozen bytes per distinct value ever indexed.
 *
 * <p>Thread-safe: numbering is synchronized (it happens once per value per segment decoded); reads are lock-free.
 */
final class FacetValueIds {

    private static final List<FacetValueIds> BY_FIELD = IntStream.range(0, FacetCounter.FIELDS.size())
            .mapToObj(field -> new FacetValueIds()).toList();

    private final Map<String, Integer> ids = new HashMap<>();
    /** Written before {@link #size} is raised, so a reader that saw a size sees every value below it. */
    private volatile String[] values = new String[64];
    private volatile int size;

    /** The ids of {@link FacetCounter#FIELDS}' field at this position. */
    static FacetValueIds of(int field) {
        return BY_FIELD.get(field);
    }

    synchronized int idOf(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        int next = size;
        if (next == values.length) {
            values = Arrays.copyOf(values, next * 2);
        }
        values[next] = value;
        ids.put(value, next);
        size = next + 1;
        return next;
    }

    /** Ids handed out so far: every id is below it. */
    int size() {
        return size;
    }

    String value(int id) {
        return values[id];
    }
}
