package io.sinoscope.query.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts every matching document and the values of the facet fields (SortedSetDocValues) they carry: exact counts
 * over all hits, not just the returned page. Each segment counts its ordinals in arrays; the arrays are summed under
 * the reader's global ordinals ({@link FacetOrdinals}), and only the top values of each field become strings. A query
 * matching half of 100,000 articles, whose entity field holds tens of thousands of distinct ids, so costs one pass over
 * the matches and one over the counts, not a string and a map entry per distinct value.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SegmentCounts, FacetCounter.Counts> {

    static final List<String> FIELDS = List.of(IndexFields.ENTITY, IndexFields.SOURCE, IndexFields.REGION,
            IndexFields.TOPIC);

    /** A facet value and how many matching articles carry it. */
    record ValueCount(String value, int count) {
    }

    /** Per field, its most frequent values, most frequent first (ties in index order of the value). */
    record Counts(long total, Map<String, List<ValueCount>> topByField) {
    }

    private final FacetOrdinals ordinals;
    private final int limit;

    FacetCounter(FacetOrdinals ordinals, int limit) {
        this.ordinals = ordinals;
        this.limit = limit;
    }

    @Override
    public SegmentCounts newCollector() {
        return new SegmentCounts();
    }

    @Override
    public Counts reduce(Collection<SegmentCounts> collectors) {
        long total = 0;
        for (SegmentCounts collector : collectors) {
            total += collector.total;
        }
        Map<String, List<ValueCount>> top = new HashMap<>();
        for (int f = 0; f < FIELDS.size(); f++) {
            int[] counts = new int[(int) ordinals.valueCount(f)];
            for (SegmentCounts collector : collectors) {
                for (LeafCounts leaf : collector.leaves) {
                    LongValues global = ordinals.globalOrdinals(f, leaf.leaf());
                    int[] segment = leaf.counts()[f];
                    for (int ord = 0; ord < segment.length; ord++) {
                        if (segment[ord] > 0) {
                            counts[(int) global.get(ord)] += segment[ord];
                        }
                    }
                }
            }
            top.put(FIELDS.get(f), top(f, counts));
        }
        return new Counts(total, top);
    }

    private List<ValueCount> top(int field, int[] counts) {
        // The weakest of the best so far on top: higher count wins, then the lower ordinal (value order).
        PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, (a, b) -> counts[a] != counts[b]
                ? Integer.compare(counts[a], counts[b]) : Integer.compare(b, a));
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                best.add(ord);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<ValueCount> top = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            int ord = best.poll();
            top.add(0, new ValueCount(ordinals.value(field, ord), counts[ord]));
        }
        return top;
    }

    /** One segment's ordinal counts per field; {@code leaf} is its position among the reader's segments. */
    private record LeafCounts(int leaf, int[][] counts) {
    }

    static final class SegmentCounts implements Collector {
        long total;
        final List<LeafCounts> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
            int[][] ordinalCounts = new int[FIELDS.size()][];
            for (int f = 0; f < FIELDS.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                ordinalCounts[f] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[f].getValueCount())];
            }
            leaves.add(new LeafCounts(context.ord, ordinalCounts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            for (int i = 0; i < values[f].docValueCount(); i++) {
                                ordinalCounts[f][(int) values[f].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
