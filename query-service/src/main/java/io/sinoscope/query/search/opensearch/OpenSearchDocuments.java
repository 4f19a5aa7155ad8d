package io.sinoscope.query.search.opensearch;

import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SortKey;
import io.sinoscope.query.search.ValueCount;
import io.sinoscope.query.search.snippets.HitSnippets;
import io.sinoscope.query.search.snippets.OriginalSnippets;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Articles as OpenSearch stores them, and what a search answered as this service's {@link SearchPage}: the document
 * of an {@link IndexedArticle} (the fields the Lucene backend indexes, named alike), and hits with their snippets cut
 * by the same highlighter as on the embedded index, analysing the page's texts again.
 */
final class OpenSearchDocuments {

    private final TextAnalyzer textAnalyzer;
    private final Analyzer analyzer = new BigramAnalyzer();

    /** @param textAnalyzer maps normalised offsets back to the original for articles that come without the map */
    OpenSearchDocuments(TextAnalyzer textAnalyzer) {
        this.textAnalyzer = textAnalyzer;
    }

    /** The document OpenSearch stores. */
    Map<String, Object> document(IndexedArticle article) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(IndexFields.ID, article.id());
        put(doc, IndexFields.EXTERNAL_ID, article.externalId());
        doc.put(IndexFields.TITLE, nullToEmpty(article.normalizedTitle()));
        doc.put(IndexFields.TEXT, nullToEmpty(article.normalizedText()));
        doc.put(IndexFields.WORDS, List.copyOf(ArticleWords.of(article.normalizedTitle(), article.normalizedText())));
        put(doc, IndexFields.ORIGINAL_TITLE, article.title());
        put(doc, IndexFields.ORIGINAL_TEXT, article.text());
        byte[] map = OriginalSnippets.encodeMap(textAnalyzer, article.text(), article.normalizedText(),
                article.textOffsets());
        if (map != null) {
            doc.put(IndexFields.OFFSET_MAP, Base64.getEncoder().encodeToString(map));
        }
        doc.put(IndexFields.ENTITY, article.entityIds().stream().filter(e -> e != null && !e.isEmpty()).toList());
        // The facet aggregates sure links only; a possible link is filed above, for the filter, and kept for the hit.
        doc.put(IndexFields.ENTITY_FACET, article.sureEntityIds().stream().filter(e -> !e.isEmpty()).toList());
        doc.put(IndexFields.ENTITY_POSSIBLE, List.copyOf(article.possibleEntityIds()));
        doc.put(IndexFields.TOPIC, article.topics());
        put(doc, IndexFields.SOURCE, emptyToNull(article.source()));
        put(doc, IndexFields.REGION, emptyToNull(article.region()));
        if (article.publishedAt() != null) {
            doc.put(IndexFields.PUBLISHED_AT, article.publishedAt().toEpochMilli());
        }
        put(doc, IndexFields.CONTENT_HASH, article.contentHash());
        return doc;
    }

    /**
     * The page a search response holds.
     *
     * @param highlighted what the snippets mark: the request's phrases ({@code search.snippets.HighlightQuery})
     * @param request     the search; a cursor page's response may hold one hit more, which only says a next page exists
     */
    SearchPage page(SearchResponse<Map> response, Query highlighted, SearchRequest request) {
        List<Hit<Map>> all = response.hits().hits();
        List<Hit<Map>> found = all.subList(0, Math.min(request.size(), all.size()));
        String[] snippets = snippets(highlighted, found);
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Map<?, ?> source = found.get(i).source();
            Object published = source.get(IndexFields.PUBLISHED_AT);
            Double score = found.get(i).score();
            hits.add(new SearchHit(string(source, IndexFields.ID), string(source, IndexFields.EXTERNAL_ID),
                    string(source, IndexFields.SOURCE), string(source, IndexFields.ORIGINAL_TITLE),
                    published == null ? null : Instant.ofEpochMilli(Long.parseLong(published.toString())).toString(),
                    string(source, IndexFields.REGION), score == null || score.isNaN() ? 0f : score.floatValue(),
                    snippets[i], strings(source, IndexFields.ENTITY_POSSIBLE)));
        }
        Map<String, List<ValueCount>> facets = new LinkedHashMap<>();
        for (String field : SearchPage.FACET_FIELDS) {
            facets.put(field, response.aggregations().get(field).sterms().buckets().array().stream()
                    .map(b -> new ValueCount(b.key(), b.docCount())).toList());
        }
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        boolean more = request.after() != null ? all.size() > found.size()
                : (long) request.page() * request.size() + found.size() < total;
        SortKey next = more && !found.isEmpty() ? OpenSearchDsl.key(found.get(found.size() - 1).sort(),
                request.sort() == SearchRequest.SortOrder.DATE) : null;
        return new SearchPage(total, hits, facets, next);
    }

    /** Snippets of the page's hits, cut by the same highlighter as on the embedded index ({@link HitSnippets}). */
    private String[] snippets(Query highlighted, List<Hit<Map>> found) {
        List<Document> documents = new ArrayList<>(found.size());
        for (Hit<Map> hit : found) {
            Map<?, ?> source = hit.source();
            Document doc = new Document();
            doc.add(new StoredField(IndexFields.TEXT, nullToEmpty(string(source, IndexFields.TEXT))));
            String original = string(source, IndexFields.ORIGINAL_TEXT);
            if (original != null) {
                doc.add(new StoredField(IndexFields.ORIGINAL_TEXT, original));
            }
            String map = string(source, IndexFields.OFFSET_MAP);
            if (map != null) {
                doc.add(new StoredField(IndexFields.OFFSET_MAP, Base64.getDecoder().decode(map)));
            }
            documents.add(doc);
        }
        try {
            return HitSnippets.of(analyzer, highlighted, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut snippets of the hits", e);
        }
    }

    private static void put(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }

    private static String string(Map<?, ?> source, String field) {
        Object value = source.get(field);
        return value == null ? null : value.toString();
    }

    /** A multi-valued field of the source: a list, one value alone, or nothing. */
    private static List<String> strings(Map<?, ?> source, String field) {
        Object value = source.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> values) {
            return values.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
