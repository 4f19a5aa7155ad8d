package io.sinoscope.query.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;

/**
 * One segment's facet values per document, decoded once into plain arrays on the heap: for each facet field, the
 * {@link FacetValueIds} of document {@code d}'s values are {@code ids[starts[d]] .. ids[starts[d + 1] - 1]}.
 *
 * <p>Why: counting facets over every hit of a common term (half of a 100,000-article index) spent most of its time
 * decoding doc values — the packed addresses and ordinals of a multi-valued field, per hit, per field, per query. The
 * arrays make that a pair of array reads (docs/benchmarks.md, "Figures behind design choices"). A segment's doc values never change (deletes do not touch them), so the arrays are built once —
 * for a merged segment by the merge itself ({@link LuceneIndex}'s merged-segment warmer), for a flushed one by the
 * first search that meets it — and shared by every later reader that still holds it, across near-real-time
 * refreshes; they are dropped when Lucene closes the segment's core (after a merge). Cost: 4 bytes per document and
 * per value of each field; size the heap for it (docs/operations.md).
 */
final class SegmentFacetValues {

    private static final Map<IndexReader.CacheKey, SegmentFacetValues> BY_SEGMENT = new ConcurrentHashMap<>();

    private final int[][] starts;
    private final int[][] ids;

    private SegmentFacetValues(LeafReader segment, List<String> fields) throws IOException {
        int documents = segment.maxDoc();
        starts = new int[fields.size()][];
        ids = new int[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            SortedSetDocValues values = DocValues.getSortedSet(segment, fields.get(f));
            int[] idOfOrdinal = idsOfOrdinals(values, FacetValueIds.of(f));
            int[] fieldStarts = new int[documents + 1];
            int[] fieldIds = new int[Math.max(16, documents)];
            int next = 0;
            for (int doc = 0; doc < documents; doc++) {
                fieldStarts[doc] = next;
                if (values.advanceExact(doc)) {
                    int count = values.docValueCount();
                    if (next + count > fieldIds.length) {
                        fieldIds = Arrays.copyOf(fieldIds, Math.max(next + count, fieldIds.length * 2));
                    }
                    for (int i = 0; i < count; i++) {
                        fieldIds[next++] = idOfOrdinal[(int) values.nextOrd()];
                    }
                }
            }
            fieldStarts[documents] = next;
            starts[f] = fieldStarts;
            ids[f] = Arrays.copyOf(fieldIds, next);
        }
    }

    /** The id of each of the segment's values, in ordinal order (the terms enum walks them so). */
    private static int[] idsOfOrdinals(SortedSetDocValues values, FacetValueIds fieldIds) throws IOException {
        int[] idOfOrdinal = new int[(int) values.getValueCount()];
        TermsEnum terms = values.termsEnum();
        for (int ordinal = 0; terms.next() != null; ordinal++) {
            idOfOrdinal[ordinal] = fieldIds.idOf(terms.term());
        }
        return idOfOrdinal;
    }

    /** The segment's values of {@link FacetCounter#FIELDS}, decoded on first use. */
    static SegmentFacetValues of(LeafReader segment) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return decode(segment);
        }
        return BY_SEGMENT.computeIfAbsent(core.getKey(), key -> {
            core.addClosedListener(BY_SEGMENT::remove);
            return decode(segment);
        });
    }

    private static SegmentFacetValues decode(LeafReader segment) {
        try {
            return new SegmentFacetValues(segment, FacetCounter.FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values of an index segment", e);
        }
    }

    /** Counts the id of each value of the field the document carries. */
    void count(int field, int doc, CountsById counts) {
        int[] fieldIds = ids[field];
        for (int i = starts[field][doc], end = starts[field][doc + 1]; i < end; i++) {
            counts.increment(fieldIds[i]);
        }
    }

    /** Whether the values of the segment with this core are held (the cache must not outlive its segments). */
    static boolean isDecoded(IndexReader.CacheKey core) {
        return BY_SEGMENT.containsKey(core);
    }
}
