package io.sinoscope.query.search.snippets;

import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets in the script the article was written in. The index holds the normalised (Simplified, mainland) text, so
 * the highlighter finds passages and matches in normalised offsets; this maps them back onto the original text with
 * the {@link OffsetMap} of {@link TextAnalyzer#normalize} (deterministic: the same code nlp-service ran), computed
 * once at index time and stored with the document. When re-normalising the original did not give the indexed text
 * (the article was analysed by another version of the library) or the original is not in the index, the snippet is
 * cut from the normalised text instead.
 */
public final class OriginalSnippets {

    static final String ELLIPSIS = "…";

    private OriginalSnippets() {
    }

    /** One passage and its matches, [start, end) in the highlighted (normalised) content. */
    record Span(int start, int end, int[] matchStarts, int[] matchEnds) {
    }

    /** What the highlighter found in one document. */
    record Highlighted(String content, List<Span> passages) {
    }

    /** Keeps the passages' offsets instead of formatting them. */
    static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Span> spans = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                int n = passage.getNumMatches();
                // Passage objects and their arrays are reused by the highlighter: copy.
                spans.add(new Span(passage.getStartOffset(), passage.getEndOffset(),
                        Arrays.copyOf(passage.getMatchStarts(), n), Arrays.copyOf(passage.getMatchEnds(), n)));
            }
            spans.sort(Comparator.comparingInt(Span::start));
            return new Highlighted(content, spans);
        }
    }

    /** A highlighter that hands out the formatter's objects, over the texts of documents already read. */
    static final class SpanHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> documents;

        /** @param documents the stored fields of every document to highlight, by document id */
        SpanHighlighter(Builder builder, Map<Integer, Document> documents) {
            super(builder.withFormatter(new SpanFormatter()));
            this.documents = documents;
        }

        /**
         * The field as the first segment holding it declares it. Lucene's default merges the field infos of every
         * segment, for each highlighter, so for every search with a hit: a seventh of a 1-hit search's CPU. Every
         * segment indexes a field the same way (the Lucene backend), so any segment's declaration is the merged one.
         */
        @Override
        protected FieldInfo getFieldInfo(String field) {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                if (info != null) {
                    return info;
                }
            }
            return null;
        }

        /** The fields' values from the documents given, instead of reading each document's stored fields again. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIds, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIds.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIds.nextDoc()) {
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = documents.get(doc).get(fields[f]);
                }
                values.add(byField);
            }
            return values;
        }

        /** Per document (in the given order), its highlight or null. */
        Object[] highlight(String field, Query query, int[] docIds) throws IOException {
            int[] maxPassages = {1};
            Map<String, Object[]> result = highlightFieldsAsObjects(new String[] {field}, query, docIds, maxPassages);
            return result.get(field);
        }
    }

    /** Normalised → original offsets, decoded from {@link #encodeMap}. */
    record Offsets(int[] starts, int[] ends, int originalLength) {
        int toOriginal(int offset) {
            return offset >= starts.length ? originalLength : starts[offset];
        }

        int toOriginalEnd(int offset) {
            return offset == 0 ? toOriginal(0) : ends[Math.min(offset, ends.length) - 1];
        }
    }

    /**
     * The stored form ({@link OffsetMapCodec}) of the normalised → original offset map; null when none is needed (the
     * original is the normalised text) or none is known to be right. The map comes from the runs nlp-service sent with the event
     * when they fit the two texts; else (an article rebuilt from PostgreSQL, an event from a producer that predates
     * them, runs that do not fit) from {@code TextAnalyzer.normalize(original)}, the same deterministic code
     * nlp-service ran, if that gives the indexed text (not so for an article analysed by another library version).
     * Computed at index time: normalising a long article again for each hit of each search is far too slow, and
     * while articles arrive it took a large share of query-service's CPU, hence the runs (docs/benchmarks.md).
     *
     * @param analyzer null: no fallback (plain unit tests)
     */
    public static byte[] encodeMap(TextAnalyzer analyzer, String original, String normalizedText, List<Integer> runs) {
        if (original == null || normalizedText == null || original.equals(normalizedText)) {
            return null;
        }
        OffsetMap map = fromRuns(runs, original, normalizedText);
        if (map == null && analyzer != null) {
            NormalizedText normalized = analyzer.normalize(original);
            map = normalized.normalized().equals(normalizedText) ? normalized.offsets() : null;
        }
        return map == null ? null : OffsetMapCodec.encode(map);
    }

    /** The map the runs describe, or null when there are none or they do not map these two texts. */
    private static OffsetMap fromRuns(List<Integer> runs, String original, String normalizedText) {
        if (runs == null || runs.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        try {
            OffsetMap map = OffsetMap.fromRuns(original.length(), runs.stream().mapToInt(Integer::intValue).toArray());
            return map.normalizedLength() == normalizedText.length() ? map : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Offsets decodeMap(org.apache.lucene.util.BytesRef bytes) {
        return OffsetMapCodec.decode(bytes);
    }

    /**
     * The snippet, HTML-escaped with matches in {@code <em>}, in the original text when it can be mapped: through
     * the stored map, or directly when the original is the normalised text; else cut from the normalised text.
     */
    static String render(Highlighted highlighted, String original, org.apache.lucene.util.BytesRef map) {
        if (original != null && map != null) {
            Offsets offsets = decodeMap(map);
            if (offsets.starts().length == highlighted.content().length() && offsets.originalLength() == original.length()) {
                return render(highlighted.passages(), original, offsets);
            }
        }
        if (original != null && original.equals(highlighted.content())) {
            return render(highlighted.passages(), original, null);
        }
        return render(highlighted.passages(), highlighted.content(), null);
    }

    /** Renders the passages over {@code text}; {@code map} translates normalised offsets (null: none needed). */
    static String render(List<Span> passages, String text, Offsets map) {
        StringBuilder out = new StringBuilder();
        int previousEnd = 0;
        for (Span passage : passages) {
            int start = start(map, passage.start());
            int end = Math.max(start, end(map, passage.end()));
            if (start > previousEnd && previousEnd > 0) {
                out.append(ELLIPSIS);
            }
            List<int[]> matches = new ArrayList<>();
            for (int i = 0; i < passage.matchStarts().length; i++) {
                int ms = Math.max(start, start(map, passage.matchStarts()[i]));
                int me = Math.min(end, end(map, passage.matchEnds()[i]));
                if (me > ms) {
                    matches.add(new int[] {ms, me});
                }
            }
            matches.sort(Comparator.comparingInt(m -> m[0]));
            int cursor = start;
            int i = 0;
            while (i < matches.size()) {
                int ms = Math.max(cursor, matches.get(i)[0]);
                int me = matches.get(i)[1];
                // Overlapping and touching matches (CJK bigrams) become one highlight.
                while (i + 1 < matches.size() && matches.get(i + 1)[0] <= me) {
                    me = Math.max(me, matches.get(++i)[1]);
                }
                i++;
                if (me <= ms) {
                    continue;
                }
                escape(out, text, cursor, ms);
                out.append("<em>");
                escape(out, text, ms, me);
                out.append("</em>");
                cursor = me;
            }
            escape(out, text, cursor, end);
            previousEnd = end;
        }
        return out.toString();
    }

    private static int start(Offsets map, int offset) {
        return map == null ? offset : map.toOriginal(Math.min(offset, map.starts().length));
    }

    private static int end(Offsets map, int offset) {
        return map == null ? offset : map.toOriginalEnd(Math.min(offset, map.starts().length));
    }

    static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
