package io.sinoscope.query.search.snippets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded index cuts snippets from its postings; the OpenSearch backend by analysing the hits' texts again. Both
 * must give the same snippet, in the original script, for the same query.
 */
class HitSnippetsTest {

    private static final String[] TEXTS = {
        "川普政府宣布將對進口鉍錠加徵關稅。台灣晶片業者正評估對供應鏈的影響，多家廠商表示將調整庫存策略。",
        "特朗普称将对进口铋锭加征关税，国内芯片企业表示影响有限。",
        "MP Materials公司表示，铋锭库存充足。今年产量预计持平，出口不受影响。"};

    private static TextAnalyzer textAnalyzer;
    private static ClauseExpansion expansion;
    private static LuceneQueryFactory queries;

    @BeforeAll
    static void setUp() {
        textAnalyzer = TextAnalyzer.createDefault();
        expansion = new ClauseExpansion(new TermVariants(textAnalyzer), textAnalyzer);
        queries = new LuceneQueryFactory(expansion);
    }

    @Test
    void analysingTheTextAgainCutsWhatThePostingsCut() throws IOException {
        for (String q : List.of("芯片 铋锭", "川普", "\"进口铋锭\"", "materials", "影响 -不存在")) {
            Query clauses = queries.build(QueryParser.parse(q));
            String[] fromIndex = fromIndex(clauses);
            String[] reanalysed = HitSnippets.of(new BigramAnalyzer(), HighlightQuery.of(expansion, QueryParser.parse(q)),
                    documents());
            for (int i = 0; i < reanalysed.length; i++) {
                reanalysed[i] = fromIndex[i] == null ? null : reanalysed[i];
            }
            assertArrayEquals(fromIndex, reanalysed, q);
        }
        String[] tw = HitSnippets.of(new BigramAnalyzer(), HighlightQuery.of(expansion, QueryParser.parse("芯片 铋锭")),
                documents());
        assertTrue(tw[0].contains("<em>晶片</em>") && tw[0].contains("<em>鉍錠</em>"), tw[0]);
    }

    private static String[] fromIndex(Query clauses) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
                for (int i = 0; i < TEXTS.length; i++) {
                    NormalizedText normalized = textAnalyzer.normalize(TEXTS[i]);
                    Document doc = LuceneIndex.toDocument(new IndexedArticle("a" + i, null, "wire", "t", "t",
                            normalized.normalized(), "CN", Instant.EPOCH, "h", Set.of(), TEXTS[i], List.of(),
                            normalized.offsetRuns()));
                    addOffsetMap(doc, i);
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] docIds = new int[TEXTS.length];
                Map<Integer, Document> stored = new HashMap<>();
                for (int i = 0; i < docIds.length; i++) {
                    docIds[i] = i;
                    stored.put(i, searcher.storedFields().document(i));
                }
                String[] snippets = HitSnippets.of(searcher, new BigramAnalyzer(), clauses, docIds, stored);
                // Snippets are cut for hits only: a text the query does not match has none to compare.
                Set<Integer> hits = new java.util.HashSet<>();
                for (org.apache.lucene.search.ScoreDoc hit : searcher.search(clauses, TEXTS.length).scoreDocs) {
                    hits.add(hit.doc);
                }
                for (int i = 0; i < snippets.length; i++) {
                    snippets[i] = hits.contains(i) ? snippets[i] : null;
                }
                return snippets;
            }
        }
    }

    private static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            Document doc = new Document();
            doc.add(new StoredField(IndexFields.TEXT, textAnalyzer.normalize(TEXTS[i]).normalized()));
            doc.add(new StoredField(IndexFields.ORIGINAL_TEXT, TEXTS[i]));
            addOffsetMap(doc, i);
            documents.add(doc);
        }
        return documents;
    }

    /** As both backends store it: none when the text needed no conversion. */
    private static void addOffsetMap(Document doc, int i) {
        NormalizedText normalized = textAnalyzer.normalize(TEXTS[i]);
        byte[] map = OriginalSnippets.encodeMap(textAnalyzer, TEXTS[i], normalized.normalized(),
                normalized.offsetRuns());
        if (map != null) {
            doc.add(new StoredField(IndexFields.OFFSET_MAP, new BytesRef(map)));
        }
    }
}
