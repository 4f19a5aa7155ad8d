package io.sinoscope.query.search.lucene;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * Every value of one facet field this process has met, numbered in order of first sighting: the ids facet counts are
 * summed under, across all segments of all readers.
 *
 * <p>Why not Lucene's global ordinals ({@code OrdinalMap}): they belong to one reader, so every near-real-time
 * refresh (twice a second while articles arrive) rebuilt them over every distinct value of the whole index — a tenth
 * of query-service's CPU while it indexed 25 articles a second into 10,000, and growing with the index. These ids
 * outlive readers: a segment's values are numbered once, when {@link SegmentFacetValues} decodes it, so a refresh
 * costs only its new segment's values. The price: ids follow first sighting, not value order (ties are broken by
 * comparing the values), and a value stays numbered after its last article is gone, until the process restarts.
 *
 * <p>Held as UTF-8 bytes in a {@link BytesRefHash} (block-allocated bytes and two int arrays), not as a map of
 * strings: the entity field reaches hundreds of thousands of distinct ids (every name the analysis met), and a
 * {@code HashMap<String, Integer>} spends four objects on each, a large share of the heap that G1 then marks over
 * and over (docs/benchmarks.md). Here a value costs its bytes plus ~12, and segments are numbered straight from
 * their terms' bytes, without a string each.
 *
 * <p>Thread-safe: every access is synchronized; numbering happens once per value per segment decoded, and a search
 * reads only the values of its top counts.
 */
final class FacetValueIds {

    private static final List<FacetValueIds> BY_FIELD = IntStream.range(0, FacetCounter.FIELDS.size())
            .mapToObj(field -> new FacetValueIds()).toList();

    private final BytesRefHash values = new BytesRefHash();
    private final BytesRef scratch = new BytesRef();
    private final BytesRef otherScratch = new BytesRef();

    /** The ids of {@link FacetCounter#FIELDS}' field at this position. */
    static FacetValueIds of(int field) {
        return BY_FIELD.get(field);
    }

    /** The value's id, numbering it if it is new (the bytes are copied). */
    synchronized int idOf(BytesRef value) {
        int id = values.add(value);
        return id >= 0 ? id : -id - 1;
    }

    /** Ids handed out so far: every id is below it (ids are dense, from 0). */
    synchronized int size() {
        return values.size();
    }

    synchronized String value(int id) {
        return values.get(id, scratch).utf8ToString();
    }

    /** Orders two ids as the index orders their values (UTF-8 bytes, i.e. code points). */
    synchronized int compareValues(int a, int b) {
        return values.get(a, scratch).compareTo(values.get(b, otherScratch));
    }
}
