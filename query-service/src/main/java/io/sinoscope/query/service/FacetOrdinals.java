package io.sinoscope.query.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One reader's facet values numbered across all its segments (Lucene's global ordinals, an {@link OrdinalMap} per
 * field), so that facet counts can be summed in one array per field and only the few top values are ever turned into
 * strings. Building the maps reads every distinct value once (and spells each segment's mapping out as an int array,
 * so that counting a hit costs array reads, not packed-integer decoding); it is done once per reader (the latest reader is
 * cached; the near-real-time searcher changes it at most every refresh interval while articles arrive).
 */
final class FacetOrdinals {

    private static final AtomicReference<FacetOrdinals> LATEST = new AtomicReference<>();

    private final IndexReader.CacheKey key;
    private final List<LeafReaderContext> leaves;
    /** Per field: null when the reader has at most one segment (its ordinals are already global). */
    private final OrdinalMap[] maps;
    private final long[] valueCounts;
    /** Per field and segment: the global ordinal of each segment ordinal, as a plain array read once per hit. */
    private final int[][][] toGlobal;

    private FacetOrdinals(IndexReader reader, List<String> fields) throws IOException {
        this.key = cacheKey(reader);
        this.leaves = reader.leaves();
        this.maps = new OrdinalMap[fields.size()];
        this.valueCounts = new long[fields.size()];
        this.toGlobal = new int[fields.size()][leaves.size()][];
        for (int f = 0; f < fields.size(); f++) {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                values[leaf] = DocValues.getSortedSet(leaves.get(leaf).reader(), fields.get(f));
            }
            if (values.length > 1) {
                maps[f] = OrdinalMap.build(key, values, PackedInts.DEFAULT);
                valueCounts[f] = maps[f].getValueCount();
            } else {
                valueCounts[f] = values.length == 0 ? 0 : values[0].getValueCount();
            }
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                LongValues global = maps[f] == null ? LongValues.IDENTITY : maps[f].getGlobalOrds(leaf);
                int[] mapping = new int[(int) values[leaf].getValueCount()];
                for (int ord = 0; ord < mapping.length; ord++) {
                    mapping[ord] = (int) global.get(ord);
                }
                toGlobal[f][leaf] = mapping;
            }
        }
    }

    /** The ordinals of this reader's {@link FacetCounter#FIELDS}, from the cache when the reader is the latest. */
    static FacetOrdinals of(IndexReader reader) {
        FacetOrdinals cached = LATEST.get();
        if (cached != null && cached.key == cacheKey(reader)) {
            return cached;
        }
        try {
            FacetOrdinals built = new FacetOrdinals(reader, FacetCounter.FIELDS);
            LATEST.set(built);
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facet values of the index", e);
        }
    }

    private static IndexReader.CacheKey cacheKey(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? null : helper.getKey();
    }

    long valueCount(int field) {
        return valueCounts[field];
    }

    /** The global ordinal of each of a segment's ordinals of the field (the segment's position in the reader). */
    int[] globalOrdinals(int field, int leaf) {
        return toGlobal[field][leaf];
    }

    String value(int field, long globalOrdinal) {
        try {
            int leaf = maps[field] == null ? 0 : maps[field].getFirstSegmentNumber(globalOrdinal);
            long ordinal = maps[field] == null ? globalOrdinal : maps[field].getFirstSegmentOrd(globalOrdinal);
            return DocValues.getSortedSet(leaves.get(leaf).reader(), FacetCounter.FIELDS.get(field))
                    .lookupOrd(ordinal).utf8ToString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a facet value of the index", e);
        }
    }
}
