package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SortKey;
import io.sinoscope.query.search.ValueCount;
import io.sinoscope.query.search.snippets.HitSnippets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/** Runs a search on a Lucene searcher: query, filters, sort, page, snippets and facets. Blocking. */
@ApplicationScoped
public class LuceneSearch {

    /** Hits counted exactly by the ranking collector; the facet counter counts every hit anyway. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    /**
     * What a hit shows (its possible links included), plus the normalised text its highlight is found in: not the
     * other entity ids, topics or hash.
     */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.EXTERNAL_ID, IndexFields.SOURCE,
            IndexFields.ORIGINAL_TITLE, IndexFields.PUBLISHED_AT, IndexFields.REGION, IndexFields.ORIGINAL_TEXT,
            IndexFields.OFFSET_MAP, IndexFields.TEXT, IndexFields.ENTITY_POSSIBLE);

    @Inject
    LuceneQueryFactory queries;
    @Inject
    SearchConfig config;

    /** The whole Lucene query of a request: its clauses, filters and freshness boost. */
    private Query query(SearchRequest request) {
        return SearchQueries.compose(queries.build(request.query()), request, config.freshnessWeight(),
                config.freshnessPivot().toMillis(), request.scoredAtMillis());
    }

    SearchPage run(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) throws IOException {
        Query query = query(request);
        boolean byDate = request.sort() == SearchRequest.SortOrder.DATE;
        Sort sort = byDate ? SearchQueries.BY_DATE : SearchQueries.BY_RELEVANCE;
        int start = request.after() == null ? request.page() * request.size() : 0;
        // One hit more than the page: whether it exists says whether a next page does.
        int wanted = start + request.size() + 1;
        // One pass over the matches feeds both the facets (every hit) and the page's ranking.
        CollectorManager<?, ? extends TopDocs> ranking = new TopFieldCollectorManager(sort, wanted,
                after(request.after(), byDate), TOTAL_HITS_THRESHOLD);
        Object[] results = searcher.search(query, new MultiCollectorManager(
                new FacetCounter(searcher.getIndexReader(), config.facetLimit()), ranking));
        FacetCounter.Counts counts = (FacetCounter.Counts) results[0];
        TopDocs top = (TopDocs) results[1];
        int from = Math.min(top.scoreDocs.length, start);
        int to = Math.min(top.scoreDocs.length, start + request.size());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, to);
        if (byDate) {
            TopFieldCollector.populateScores(page, searcher, query);
        } else {
            for (ScoreDoc hit : page) {
                hit.score = (Float) ((FieldDoc) hit).fields[0];
            }
        }
        SortKey next = to < top.scoreDocs.length && to > from ? key((FieldDoc) page[page.length - 1], byDate) : null;
        // Each hit's stored fields are decompressed once, for both the hit and its highlight: reading them was half
        // of a 10-hit search's CPU, and the highlighter alone read them a second time.
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> documents = new HashMap<>();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            documents.put(page[i].doc, stored.document(page[i].doc, HIT_FIELDS));
        }
        String[] snippets = HitSnippets.of(searcher, analyzer, query, docIds, documents);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(page[i].doc);
            Number published = doc.getField(IndexFields.PUBLISHED_AT) == null ? null
                    : doc.getField(IndexFields.PUBLISHED_AT).numericValue();
            hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.EXTERNAL_ID), doc.get(IndexFields.SOURCE),
                    doc.get(IndexFields.ORIGINAL_TITLE),
                    published == null ? null : Instant.ofEpochMilli(published.longValue()).toString(),
                    doc.get(IndexFields.REGION), Float.isNaN(page[i].score) ? 0f : page[i].score, snippets[i],
                    List.of(doc.getValues(IndexFields.ENTITY_POSSIBLE))));
        }
        Map<String, List<ValueCount>> facets = new LinkedHashMap<>();
        for (String field : SearchPage.FACET_FIELDS) {
            facets.put(field, counts.topByField().get(field).stream()
                    .map(e -> new ValueCount(e.value(), e.count())).toList());
        }
        return new SearchPage(counts.total(), hits, facets, next);
    }

    /**
     * The position a cursor page starts after, as Lucene compares it. Its doc is past every document, so a hit whose
     * sort values equal the key's is skipped: with the id as last sort value only the hit the key was taken from.
     */
    private static FieldDoc after(SortKey key, boolean byDate) {
        if (key == null) {
            return null;
        }
        BytesRef id = key.id() == null ? null : new BytesRef(key.id());
        Object[] fields = byDate ? new Object[] {key.publishedAt(), id}
                : new Object[] {key.score(), key.publishedAt(), id};
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
    }

    /** The sort values of a hit, in the order {@link SearchQueries#BY_DATE} or {@link SearchQueries#BY_RELEVANCE} lists them. */
    private static SortKey key(FieldDoc hit, boolean byDate) {
        int at = byDate ? 0 : 1;
        BytesRef id = (BytesRef) hit.fields[at + 1];
        return new SortKey(byDate ? 0f : (Float) hit.fields[0], (Long) hit.fields[at],
                id == null ? null : id.utf8ToString());
    }
}
