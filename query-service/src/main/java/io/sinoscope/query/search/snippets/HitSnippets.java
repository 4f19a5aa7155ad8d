package io.sinoscope.query.search.snippets;

import io.sinoscope.query.search.IndexFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
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
 * onto the original text ({@link OriginalSnippets}): from the Lucene index's postings, or by analysing the hits' texts
 * again when another engine ranked them. Same analyzer, highlighter and mapping either way, so both backends cut the
 * same snippets.
 */
public final class HitSnippets {

    /** Snippet length the highlighter aims for, in characters. */
    static final int SNIPPET_TARGET = 120;
    static final int SNIPPET_FALLBACK = 120;

    private HitSnippets() {
    }

    /**
     * Over the index the hits are in, reading the highlighted text's offsets from its postings.
     *
     * @param documents each hit's stored {@link IndexFields#TEXT}, {@link IndexFields#ORIGINAL_TEXT} and
     *                  {@link IndexFields#OFFSET_MAP}, by document id
     * @return per document id, in the order given, its snippet (HTML-escaped, matches in {@code <em>})
     */
    public static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
            Map<Integer, Document> documents) throws IOException {
        String[] snippets = new String[docIds.length];
        if (docIds.length == 0) {
            return snippets;
        }
        OriginalSnippets.SpanHighlighter highlighter = new OriginalSnippets.SpanHighlighter(
                configure(UnifiedHighlighter.builder(searcher, analyzer)), documents);
        Object[] highlights = highlighter.highlight(IndexFields.TEXT, query, docIds);
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = render(highlights[i], documents.get(docIds[i]));
        }
        return snippets;
    }

    /**
     * Without an index: each hit's text is analysed again (Lucene's {@code MemoryIndex}), for hits another engine
     * ranked. The query must be the text's phrases alone ({@link HighlightQuery}): filters, entity ids
     * and words are fields the text analysed again does not hold, and a clause requiring them would match nothing.
     *
     * @param documents each hit's {@link IndexFields#TEXT}, {@link IndexFields#ORIGINAL_TEXT} and
     *                  {@link IndexFields#OFFSET_MAP}, in hit order
     */
    public static String[] of(Analyzer analyzer, Query clauses, List<Document> documents) throws IOException {
        UnifiedHighlighter highlighter = configure(UnifiedHighlighter.builderWithoutSearcher(analyzer))
                .withFormatter(new OriginalSnippets.SpanFormatter()).build();
        String[] snippets = new String[documents.size()];
        for (int i = 0; i < snippets.length; i++) {
            Document doc = documents.get(i);
            String text = doc.get(IndexFields.TEXT);
            Object highlight = text == null || text.isEmpty() ? null
                    : highlighter.highlightWithoutSearcher(IndexFields.TEXT, clauses, text, 1);
            snippets[i] = render(highlight, doc);
        }
        return snippets;
    }

    /** Passages of about {@value #SNIPPET_TARGET} characters, cut at sentence ends, over the whole text. */
    private static UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder builder) {
        return builder.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_TARGET, 0.3f))
                .withMaxLength(Integer.MAX_VALUE - 1);
    }

    /** The highlight in the original text, or the text's start when nothing in it matched. */
    private static String render(Object highlight, Document doc) {
        String original = doc.get(IndexFields.ORIGINAL_TEXT);
        return highlight instanceof OriginalSnippets.Highlighted highlighted
                ? OriginalSnippets.render(highlighted, original, doc.getBinaryValue(IndexFields.OFFSET_MAP))
                : lead(original != null ? original : doc.get(IndexFields.TEXT));
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
