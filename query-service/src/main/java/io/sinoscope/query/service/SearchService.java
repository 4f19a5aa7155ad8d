package io.sinoscope.query.service;

import io.sinoscope.query.config.SearchConfig;
import io.sinoscope.query.rest.SearchResponse;
import io.sinoscope.query.rest.SearchResponse.EntityCount;
import io.sinoscope.query.rest.SearchResponse.Facets;
import io.sinoscope.query.rest.SearchResponse.SearchHit;
import io.sinoscope.query.rest.SearchResponse.ValueCount;
import io.sinoscope.text.CanonicalEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs searches against the index: query, filters, sort, page, snippets and facets. Blocking. */
@ApplicationScoped
public class SearchService {

    /** Hits counted exactly by the ranking collector; the facet counter counts every hit anyway. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;

    /** Snippet length the highlighter aims for, in characters. */
    static final int SNIPPET_TARGET = 120;
    static final int SNIPPET_FALLBACK = 120;
    /** What a hit shows, plus the normalised text its highlight is found in: not the entity ids, topics or hash. */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.EXTERNAL_ID, IndexFields.SOURCE,
            IndexFields.ORIGINAL_TITLE, IndexFields.PUBLISHED_AT, IndexFields.REGION, IndexFields.ORIGINAL_TEXT,
            IndexFields.OFFSET_MAP, IndexFields.TEXT);

    @Inject
    ArticleIndex index;
    @Inject
    LuceneQueryFactory queries;
    @Inject
    TermVariants variants;
    @Inject
    SearchConfig config;

    public SearchResponse search(SearchRequest request) {
        Query query = query(request);
        return index.withSearcher(searcher -> run(searcher, query, request));
    }

    Query query(SearchRequest request) {
        return SearchQueries.compose(queries.build(request.clauses()), request, config.freshnessWeight(),
                config.freshnessPivot().toMillis(), System.currentTimeMillis());
    }

    private SearchResponse run(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
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
        for (ScoreDoc hit : page) {
            documents.put(hit.doc, stored.document(hit.doc, HIT_FIELDS));
        }
        Object[] highlights = highlights(searcher, query, page, documents);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = documents.get(page[i].doc);
            Number published = doc.getField(IndexFields.PUBLISHED_AT) == null ? null
                    : doc.getField(IndexFields.PUBLISHED_AT).numericValue();
            String original = doc.get(IndexFields.ORIGINAL_TEXT);
            String snippet = highlights[i] instanceof OriginalSnippets.Highlighted highlighted
                    ? OriginalSnippets.render(highlighted, original, doc.getBinaryValue(IndexFields.OFFSET_MAP))
                    : lead(original != null ? original : doc.get(IndexFields.TEXT));
            hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.EXTERNAL_ID), doc.get(IndexFields.SOURCE),
                    doc.get(IndexFields.ORIGINAL_TITLE),
                    published == null ? null : Instant.ofEpochMilli(published.longValue()).toString(),
                    doc.get(IndexFields.REGION), Float.isNaN(page[i].score) ? 0f : page[i].score, snippet));
        }
        return new SearchResponse(counts.total(), hits, facets(counts));
    }

    /** Per hit, the best passage and its matches in the normalised text (null: no match in the text). */
    private Object[] highlights(IndexSearcher searcher, Query query, ScoreDoc[] page, Map<Integer, Document> documents)
            throws IOException {
        if (page.length == 0) {
            return new Object[0];
        }
        OriginalSnippets.SpanHighlighter highlighter = new OriginalSnippets.SpanHighlighter(
                UnifiedHighlighter.builder(searcher, index.analyzer())
                        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_TARGET, 0.3f))
                        .withMaxLength(Integer.MAX_VALUE - 1), documents);
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        return highlighter.highlight(IndexFields.TEXT, query, docIds);
    }

    /** The start of the text, escaped, when no match is in the text (matched on the title or the entity id). */
    static String lead(String text) {
        if (text == null) {
            return "";
        }
        String lead = text.length() <= SNIPPET_FALLBACK ? text : text.substring(0, SNIPPET_FALLBACK) + "…";
        return lead.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private Facets facets(FacetCounter.Counts counts) {
        List<EntityCount> entities = counts.topByField().get(IndexFields.ENTITY).stream()
                .map(e -> {
                    Optional<CanonicalEntity> known = variants.entityById(e.value());
                    return new EntityCount(e.value(), known.map(CanonicalEntity::name).orElse(e.value()),
                            known.map(k -> k.type().name()).orElse("OTHER"), e.count());
                }).toList();
        return new Facets(entities, values(counts, IndexFields.SOURCE), values(counts, IndexFields.REGION),
                values(counts, IndexFields.TOPIC));
    }

    private static List<ValueCount> values(FacetCounter.Counts counts, String field) {
        return counts.topByField().get(field).stream().map(e -> new ValueCount(e.value(), e.count())).toList();
    }
}
