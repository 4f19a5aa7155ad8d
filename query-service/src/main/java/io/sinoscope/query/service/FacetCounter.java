package io.sinoscope.query.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every matching document and the values of the facet fields (SortedSetDocValues) they carry: exact counts
 * over all hits, not just the returned page. Per-segment ordinals are counted in arrays and resolved once per segment.
 */
final class FacetCounter implements CollectorManager<FacetCounter.SegmentCounts, FacetCounter.Counts> {

    static final List<String> FIELDS = List.of(IndexFields.ENTITY, IndexFields.SOURCE, IndexFields.REGION,
            IndexFields.TOPIC);

    record Counts(long total, Map<String, Map<String, Integer>> byField) {
    }

    @Override
    public SegmentCounts newCollector() {
        return new SegmentCounts();
    }

    @Override
    public Counts reduce(Collection<SegmentCounts> collectors) throws IOException {
        long total = 0;
        Map<String, Map<String, Integer>> byField = new HashMap<>();
        for (String field : FIELDS) {
            byField.put(field, new HashMap<>());
        }
        for (SegmentCounts collector : collectors) {
            collector.flush();
            total += collector.total;
            collector.counts.forEach((field, values) ->
                    values.forEach((value, count) -> byField.get(field).merge(value, count, Integer::sum)));
        }
        return new Counts(total, byField);
    }

    static final class SegmentCounts implements Collector {
        long total;
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
            int[][] ordinalCounts = new int[FIELDS.size()][];
            for (int f = 0; f < FIELDS.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                ordinalCounts[f] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[f].getValueCount())];
            }
            // Resolve this segment's ordinals to strings once it has been collected.
            pending.add(() -> resolve(context, ordinalCounts));
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

        private void resolve(LeafReaderContext context, int[][] ordinalCounts) {
            try {
                for (int f = 0; f < FIELDS.size(); f++) {
                    SortedSetDocValues lookup = DocValues.getSortedSet(context.reader(), FIELDS.get(f));
                    Map<String, Integer> fieldCounts = counts.computeIfAbsent(FIELDS.get(f), k -> new HashMap<>());
                    for (int ord = 0; ord < ordinalCounts[f].length; ord++) {
                        if (ordinalCounts[f][ord] > 0) {
                            fieldCounts.merge(lookup.lookupOrd(ord).utf8ToString(), ordinalCounts[f][ord], Integer::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void flush() {
            pending.forEach(Runnable::run);
            pending.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
