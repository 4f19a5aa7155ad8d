package io.sinoscope.query.service;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of each hit on a page: the best passage of its normalised text around the query's matches, mapped back
 * onto the original text ({@link OriginalSnippets}). Needs a searcher whose documents index {@link IndexFields#TEXT}
 * with offsets: the Lucene index itself, or a small in-memory index of the page's hits when another engine ranked
 * them, so both backends cut the same snippets.
 */
final class HitSnippets {

    /** Snippet length the highlighter aims for, in characters. */
    static final int SNIPPET_TARGET = 120;
    static final int SNIPPET_FALLBACK = 120;

    private HitSnippets() {
    }

    /**
     * @param documents each hit's stored {@link IndexFields#TEXT}, {@link IndexFields#ORIGINAL_TEXT} and
     *                  {@link IndexFields#OFFSET_MAP}, by document id
     * @return per document id, in the order given, its snippet (HTML-escaped, matches in {@code <em>})
     */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
            Map<Integer, Document> documents) throws IOException {
        String[] snippets = new String[docIds.length];
        if (docIds.length == 0) {
            return snippets;
        }
        OriginalSnippets.SpanHighlighter highlighter = new OriginalSnippets.SpanHighlighter(
                UnifiedHighlighter.builder(searcher, analyzer)
                        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_TARGET, 0.3f))
                        .withMaxLength(Integer.MAX_VALUE - 1), documents);
        Object[] highlights = highlighter.highlight(IndexFields.TEXT, query, docIds);
        for (int i = 0; i < docIds.length; i++) {
            Document doc = documents.get(docIds[i]);
            String original = doc.get(IndexFields.ORIGINAL_TEXT);
            snippets[i] = highlights[i] instanceof OriginalSnippets.Highlighted highlighted
                    ? OriginalSnippets.render(highlighted, original, doc.getBinaryValue(IndexFields.OFFSET_MAP))
                    : lead(original != null ? original : doc.get(IndexFields.TEXT));
        }
        return snippets;
    }

    /** The start of the text, escaped, when no match is in the text (matched on the title or the entity id). */
    static String lead(String text) {
        if (text == null) {
            return "";
        }
        String lead = text.length() <= SNIPPET_FALLBACK ? text : text.substring(0, SNIPPET_FALLBACK) + "…";
        return lead.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
