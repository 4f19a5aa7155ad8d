package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Runs a search on a Lucene searcher: query, filters, sort, page, snippets and facets. Blocking. */
@ApplicationScoped
public class LuceneSearch {

    /** Hits counted exactly by the ranking collector; the facet counter counts every hit anyway. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    /** What a hit shows, plus the normalised text its highlight is found in: not the entity ids, topics or hash. */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.EXTERNAL_ID, IndexFields.SOURCE,
            IndexFields.ORIGINAL_TITLE, IndexFields.PUBLISHED_AT, IndexFields.REGION, IndexFields.ORIGINAL_TEXT,
            IndexFields.OFFSET_MAP, IndexFields.TEXT);

    @Inject
    LuceneQueryFactory queries;
    @Inject
    SearchConfig config;

    /** The whole Lucene query of a request: its clauses, filters and freshness boost. */
    private Query query(SearchRequest request) {
        return SearchQueries.compose(queries.build(request.query()), request, config.freshnessWeight(),
                config.freshnessPivot().toMillis(), System.currentTimeMillis());
    }

    SearchPage run(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) throws IOException {
        Query query = query(request);
        int wanted = (request.page() + 1) * request.size();
        boolean byDate = request.sort() == SearchRequest.SortOrder.DATE;
        // One pass over the matches feeds both the facets (every hit) and the page's ranking.
        CollectorManager<?, ? extends TopDocs> ranking = byDate
                ? new TopFieldCollectorManager(SearchQueries.BY_DATE, wanted, null, TOTAL_HITS_THRESHOLD)
                : new TopScoreDocCollectorManager(wanted, null, TOTAL_HITS_THRESHOLD);
        Object[] results = searcher.search(query, new MultiCollectorManager(
                new FacetCounter(searcher.getIndexReader(), config.facetLimit()), ranking));
        FacetCounter.Counts counts = (FacetCounter.Counts) results[0];
        TopDocs top = (TopDocs) results[1];
        if (byDate) {
            TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
        }
        int start = Math.min(top.scoreDocs.length, request.page() * request.size());
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
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
                    doc.get(IndexFields.REGION), Float.isNaN(page[i].score) ? 0f : page[i].score, snippets[i]));
        }
        Map<String, List<ValueCount>> facets = new LinkedHashMap<>();
        for (String field : SearchPage.FACET_FIELDS) {
            facets.put(field, counts.topByField().get(field).stream()
                    .map(e -> new ValueCount(e.value(), e.count())).toList());
        }
        return new SearchPage(counts.total(), hits, facets);
    }
}
