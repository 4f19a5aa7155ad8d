package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.SearchPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every matching document and the values of the facet fields (SortedSetDocValues) they carry: exact counts
 * over all hits, not just the returned page. A hit's values come from its segment's decoded
 * {@link SegmentFacetValues} and are counted straight under their {@link FacetValueIds}, in {@link CountsById} per
 * field; only the top values of each field become strings. A query matching half of 100,000 articles,
 * whose entity field holds tens of thousands of distinct ids, so costs a few array reads per hit and one pass over
 * the pages of counts the hits touched, not a string and a map entry per distinct value.
 */
final class FacetCounter implements CollectorManager<FacetCounter.GlobalCounts, FacetCounter.Counts> {

    static final List<String> FIELDS = SearchPage.FACET_FIELDS;

    /** A facet value and how many matching articles carry it. */
    record ValueCount(String value, int count) {
    }

    /** Per field, its most frequent values, most frequent first (ties in index order of the value). */
    record Counts(long total, Map<String, List<ValueCount>> topByField) {
    }

    /** Per field, the ids handed out once every segment of the reader was decoded: all its values are below. */
    private final int[] valueIds;
    private final int limit;

    /** Counts over the reader's segments, decoding (once per segment) those no search has met yet. */
    FacetCounter(IndexReader reader, int limit) {
        reader.leaves().forEach(leaf -> SegmentFacetValues.of(leaf.reader()));
        this.valueIds = new int[FIELDS.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            valueIds[f] = FacetValueIds.of(f).size();
        }
        this.limit = limit;
    }

    @Override
    public GlobalCounts newCollector() {
        return new GlobalCounts(valueIds);
    }

    @Override
    public Counts reduce(Collection<GlobalCounts> collectors) {
        long total = 0;
        CountsById[] counts = null;
        for (GlobalCounts collector : collectors) {
            total += collector.total;
            if (counts == null) {
                counts = collector.counts;
            } else {
                for (int f = 0; f < counts.length; f++) {
                    counts[f].addAll(collector.counts[f]);
                }
            }
        }
        Map<String, List<ValueCount>> top = new HashMap<>();
        for (int f = 0; f < FIELDS.size(); f++) {
            top.put(FIELDS.get(f), counts == null ? List.of() : top(f, counts[f]));
        }
        return new Counts(total, top);
    }

    /** A counted id: what the top-values queue holds. */
    private record Counted(int id, int count) {
    }

    private List<ValueCount> top(int field, CountsById counts) {
        FacetValueIds ids = FacetValueIds.of(field);
        // The weakest of the best so far on top: higher count wins, then the value that sorts first. Only a count
        // that ties with the weakest needs the values compared.
        Comparator<Counted> weakestFirst = (a, b) -> a.count() != b.count() ? Integer.compare(a.count(), b.count())
                : ids.compareValues(b.id(), a.id());
        PriorityQueue<Counted> best = new PriorityQueue<>(limit + 1, weakestFirst);
        counts.forEachCounted((id, count) -> {
            if (best.size() < limit || count >= best.peek().count()) {
                Counted candidate = new Counted(id, count);
                if (best.size() < limit || weakestFirst.compare(candidate, best.peek()) > 0) {
                    best.add(candidate);
                    if (best.size() > limit) {
                        best.poll();
                    }
                }
            }
        });
        List<ValueCount> top = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            Counted counted = best.poll();
            top.add(0, new ValueCount(ids.value(counted.id()), counted.count()));
        }
        return top;
    }

    /** Hits and, per field, the hits carrying each value, by value id. */
    static final class GlobalCounts implements Collector {
        private final CountsById[] counts;
        long total;

        GlobalCounts(int[] valueIds) {
            this.counts = new CountsById[FIELDS.size()];
            for (int f = 0; f < FIELDS.size(); f++) {
                counts[f] = new CountsById(valueIds[f]);
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            SegmentFacetValues values = SegmentFacetValues.of(context.reader());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    total++;
                    for (int f = 0; f < counts.length; f++) {
                        values.count(f, doc, counts[f]);
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
