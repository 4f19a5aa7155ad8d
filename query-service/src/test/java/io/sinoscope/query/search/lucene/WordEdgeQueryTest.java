package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion.ClauseForms;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a clause is expanded into word, entity and phrase matches ({@link ClauseExpansion#expand}), and what that
 * finds in a small index built as {@link LuceneIndex#toDocument} builds documents. Sentences written for this test.
 */
class WordEdgeQueryTest {

    private static TextAnalyzer analyzer;
    private static ClauseExpansion expansion;
    private static LuceneQueryFactory factory;
    private static IndexSearcher searcher;

    @BeforeAll
    static void setUp() throws IOException {
        analyzer = TextAnalyzer.createDefault();
        expansion = new ClauseExpansion(new TermVariants(analyzer), analyzer);
        factory = new LuceneQueryFactory(expansion);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
            writer.addDocument(LuceneIndex.toDocument(article("coast", "沿海地区出口订单回升。", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("haiti", "海地總統府今天發表聲明。", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("porridge", "早餐喝一碗小米粥。", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("xiaomi", "小米集團公布季度業績。", Set.of())));
            writer.addDocument(LuceneIndex.toDocument(article("trump", "特朗普在记者会上谈到关税。", Set.of("Q22686"))));
            writer.addDocument(LuceneIndex.toDocument(article("ocr", "古\n巴政府宣布恢复糖厂生产。", Set.of())));
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static IndexedArticle article(String id, String text, Set<String> entities) {
        String normalized = analyzer.normalize(text).normalized();
        return new IndexedArticle(id, "ext-" + id, "test", "简讯", "简讯", normalized, "CN",
                Instant.parse("2025-01-01T00:00:00Z"), "h-" + id, entities);
    }

    private static List<String> search(String q) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(factory.build(QueryParser.parse(q)), 10).scoreDocs) {
            ids.add(searcher.storedFields().document(doc.doc).get(IndexFields.ID));
        }
        ids.sort(String::compareTo);
        return ids;
    }

    private static ClauseForms expand(String q) {
        return expansion.expand(QueryParser.parse(q).positiveClauses().get(0));
    }

    @Test
    void aShortWordIsAWordMatchWithItsPhraseOnlyForScoring() {
        ClauseForms forms = expand("小米");
        assertNull(forms.entityId());
        assertEquals(List.of("小米"), forms.words());
        assertEquals(List.of(), forms.phrases());
        assertEquals(List.of("小米"), forms.wordPhrases());
    }

    @Test
    void aNameMatchesAsAWordNotInsideOrAcrossOtherWords() throws IOException {
        assertEquals(List.of("haiti"), search("海地"));
        assertEquals(List.of("xiaomi"), search("小米"));
        // The company name's head is a word of the article; the line break the normaliser joined leaves a word too.
        assertEquals(List.of("ocr"), search("古巴"));
    }

    @Test
    void quotesSearchTheExactStringAnywhere() throws IOException {
        ClauseForms forms = expand("\"小米\"");
        assertEquals(List.of(), forms.words());
        assertEquals(List.of("小米"), forms.phrases());
        assertEquals(List.of("coast", "haiti"), search("\"海地\""));
        assertEquals(List.of("porridge", "xiaomi"), search("\"小米\""));
    }

    @Test
    void whatTheSegmenterSplitsStaysAPhrase() throws IOException {
        // 地区出口 is two words: searched as a substring, as before.
        ClauseForms forms = expand("地区出口");
        assertEquals(List.of(), forms.words());
        assertEquals(List.of("地区出口"), forms.phrases());
        assertEquals(List.of("coast"), search("地区出口"));
        // So is a form longer than the word-edge limit, even when it is one word.
        assertEquals(List.of(), expand("出土文物展览").words());
    }

    @Test
    void aGazetteerNameMatchesItsEntityOrAnyAliasAsAWord() throws IOException {
        ClauseForms forms = expand("川普");
        assertEquals("Q22686", forms.entityId());
        assertTrue(forms.words().containsAll(List.of("川普", "特朗普")), forms.words().toString());
        // The English alias stays a phrase: Latin words already match whole.
        assertTrue(forms.phrases().contains("trump") || forms.phrases().contains("Trump"), forms.phrases().toString());
        assertEquals(List.of("trump"), search("川普"));
        assertEquals(List.of("trump"), search("TRUMP"));
    }

    @Test
    void exclusionDropsOnlyArticlesWithTheWord() throws IOException {
        assertEquals(List.of("coast", "haiti"), search("\"海地\""));
        assertEquals(List.of("coast"), search("\"海地\" -海地"));
    }

    @Test
    void theWordFieldHoldsFoldedWordsAndCompoundParts() {
        Set<String> words = ArticleWords.of("ＡＢＣ新闻", "美国商务部公布新的出口管制。");
        assertTrue(words.containsAll(List.of("美国商务部", "美国", "商务部", "出口")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.contains("Ａ")), words.toString());
        assertTrue(!ArticleWords.of(null, "沿海地区出口订单回升。").contains("海地"));
    }
}
