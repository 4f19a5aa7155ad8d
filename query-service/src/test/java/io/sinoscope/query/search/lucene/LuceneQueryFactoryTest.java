package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query translation against a small in-memory index built exactly as LuceneIndex builds documents. */
class LuceneQueryFactoryTest {

    private static LuceneQueryFactory factory;
    private static IndexSearcher searcher;

    @BeforeAll
    static void setUp() throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
            writer.addDocument(LuceneIndex.toDocument(article("a1", "芯片出口管制再度升级", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("a2", "美国宣布新的芯片关税措施", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("a3", "特朗普在记者会上谈到关税", Set.of("Q22686"))));
            writer.addDocument(LuceneIndex.toDocument(article("a4", "出口数据显示芯片需求回暖", Set.of())));
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static IndexedArticle article(String id, String text, Set<String> entities) {
        return new IndexedArticle(id, "ext-" + id, "test", text, text, text, "CN", Instant.parse("2025-01-01T00:00:00Z"),
                "h-" + id, entities);
    }

    private static List<String> search(String q) throws IOException {
        Query query = factory.build(QueryParser.parse(q));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(doc.doc).get(IndexFields.ID));
        }
        ids.sort(String::compareTo);
        return ids;
    }

    @Test
    void termsAreAnded() throws IOException {
        assertEquals(List.of("a1", "a4"), search("芯片 出口"));
    }

    @Test
    void excludedTermRemovesMatches() throws IOException {
        assertEquals(List.of("a1", "a4"), search("芯片 -美国"));
        BooleanQuery query = (BooleanQuery) factory.build(QueryParser.parse("芯片 -美国"));
        assertEquals(BooleanClause.Occur.MUST_NOT, query.clauses().get(1).occur());
    }

    @Test
    void quotedPhraseMustBeContiguous() throws IOException {
        assertEquals(List.of("a1"), search("\"出口管制\""));
        assertEquals(List.of(), search("\"芯片管制\""));
    }

    @Test
    void aTermIsAPhraseOfItsBigramsNotLooseCharacters() throws IOException {
        // 口数 occurs only in a4 (出口数据); the characters 口 and 数 alone would not be enough.
        assertEquals(List.of("a4"), search("口数"));
    }

    @Test
    void taiwanFormFindsMainlandText() throws IOException {
        assertEquals(List.of("a1", "a2", "a4"), search("晶片"));
        assertEquals(List.of("a2", "a3"), search("關稅"));
    }

    @Test
    void transliterationVariantFindsEntityAndAliases() throws IOException {
        assertEquals(List.of("a3"), search("川普"));
        assertEquals(List.of("a3"), search("Trump"));
    }

    @Test
    void exclusionsOnlyMatchEverythingElse() throws IOException {
        assertEquals(List.of("a3", "a4"), search("-管制 -美国"));
        assertFalse(search("-芯片").contains("a1"));
    }

    @Test
    void orLetsEitherSideMatchAndBindsLooserThanSideBySide() throws IOException {
        assertEquals(List.of("a1", "a3"), search("管制 OR 特朗普"));
        assertEquals(List.of("a1", "a3"), search("管制｜川普"));
        assertEquals(List.of("a1", "a3"), search("出口 管制 | 特朗普"));
        assertEquals(List.of("a1", "a2"), search("(管制 OR 关税) 芯片"));
    }

    @Test
    void aMinusExcludesAGroup() throws IOException {
        assertEquals(List.of("a4"), search("芯片 -(管制 OR 美国)"));
        assertEquals(List.of("a1", "a3", "a4"), search("-(美国 芯片)"));
        // An excluded member of an OR matches every article it does not.
        assertEquals(List.of("a2", "a3"), search("关税 OR -芯片"));
    }

    @Test
    void fieldClausesFilterOnTheirExactField() throws IOException {
        assertEquals(List.of("a3"), search("entity:Q22686"));
        assertEquals(List.of("a1", "a2", "a4"), search("芯片 -entity:Q22686"));
        assertEquals(List.of("a1"), search("region:cn 管制"));
        assertEquals(List.of("a1"), search("region:TW OR 管制"));
        assertEquals(List.of("a3"), search("source:test -芯片"));
        assertEquals(List.of(), search("source:other 芯片"));
    }

    @Test
    void aFieldClauseMatchesAnyOfItsResolvedValues() throws IOException {
        // What the service makes of entity:川普 when the name resolves to more than one id.
        QueryNode resolved = QueryParser.parse("关税 entity:川普")
                .mapFields(field -> field.withValues(List.of("Q1", "Q22686")));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(factory.build(resolved), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(doc.doc).get(IndexFields.ID));
        }
        assertEquals(List.of("a3"), ids);
        assertEquals(List.of(), search("关税 entity:川普"));
    }

    @Test
    void aFieldClauseAddsNothingToTheScore() throws IOException {
        ScoreDoc[] plain = searcher.search(factory.build(QueryParser.parse("芯片")), 10).scoreDocs;
        ScoreDoc[] filtered = searcher.search(factory.build(QueryParser.parse("芯片 region:CN")), 10).scoreDocs;
        assertEquals(plain.length, filtered.length);
        for (int i = 0; i < plain.length; i++) {
            assertEquals(plain[i].doc, filtered[i].doc);
            assertEquals(plain[i].score, filtered[i].score, 1e-6f);
        }
    }

    @Test
    void anUnboundedQueryRunsIntoLucenesClauseLimit() {
        // Why the search resource bounds q (QueryLimits): every term is a phrase in title and text, so from about
        // 512 terms the query passes IndexSearcher's 1024 clauses, and Lucene refuses it (before the limit, a 500).
        // Measured here: 300 terms ran 1 s and a 30,000-character phrase 1.9 s, so length is bounded as well.
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            terms.append("芯片").append(i).append(' ');
        }
        assertThrows(IndexSearcher.TooManyClauses.class, () -> search(terms.toString()));
    }

    @Test
    void luceneSyntaxIsPlainTextThatMatchesOrNot() throws IOException {
        // Punctuation is dropped by the analyzer: wildcards, fuzziness and grouping mean nothing.
        assertEquals(List.of("a1", "a2", "a4"), search("*芯片*"));
        assertEquals(List.of("a1", "a2", "a4"), search("芯片~"));
        assertEquals(List.of("a1", "a2", "a4"), search("(((芯片)))"));
        assertEquals(List.of("a1", "a2", "a4"), search("\"芯片"));
        // AND and other fields' names are words, and every word must match.
        assertEquals(List.of(), search("芯片 AND 出口"));
        assertEquals(List.of(), search("'; DROP TABLE article; --"));
    }
}
