package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A search for one region's spelling of an unlinked transliterated name finds the article that wrote another
 * region's spelling: the linker gave that article the id of the name's phonetic key, and the query searches it.
 */
class UnlinkedNameSearchTest {

    private static LuceneQueryFactory factory;
    private static IndexSearcher searcher;

    @BeforeAll
    static void setUp() throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
            writer.addDocument(LuceneIndex.toDocument(analysed(analyzer, "a1", "赞比亚首都卢萨卡出现严重停电，铜矿企业被迫减产。")));
            writer.addDocument(LuceneIndex.toDocument(analysed(analyzer, "a2", "南非总统拉马福萨周三表示，将扩大农产品贸易。")));
            writer.addDocument(LuceneIndex.toDocument(analysed(analyzer, "a3", "出口数据显示芯片需求回暖。")));
            writer.addDocument(LuceneIndex.toDocument(analysed(analyzer, "a4", "挪威央行行长延斯·哈尔沃森周四宣布维持利率不变。")));
            writer.addDocument(LuceneIndex.toDocument(analysed(analyzer, "a5", "奥地利央行行长霍夫施泰特警告，通胀仍有上行风险。")));
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    private static IndexedArticle analysed(TextAnalyzer analyzer, String id, String text) {
        Set<String> entities = new HashSet<>();
        analyzer.analyze(text).entities().forEach(e -> entities.add(e.id()));
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
    void anotherRegionsSpellingFindsTheArticle() throws IOException {
        // Neither 路沙卡 (Taiwan) nor 拉瑪佛沙 (Taiwan) occurs in the mainland texts, which write 卢萨卡 and 拉马福萨.
        assertEquals(List.of("a1"), search("路沙卡"));
        assertEquals(List.of("a1"), search("盧薩卡"));
        assertEquals(List.of("a2"), search("拉瑪佛沙"));
    }

    @Test
    void theSurnameAloneFindsTheArticleThatWroteTheFullName() throws IOException {
        // The mainland article writes 延斯·哈尔沃森; Taiwan writes the surname alone and leaves out 尔.
        assertEquals(List.of("a4"), search("哈沃森"));
        assertEquals(List.of("a4"), search("哈爾沃森"));
        assertEquals(List.of("a4"), search("楊斯·哈沃森"), "a given name written with a character of no key");
    }

    @Test
    void taiwansCharacterChoicesFindTheMainlandArticle() throws IOException {
        assertEquals(List.of("a5"), search("霍夫斯泰德"), "斯 for 施, 德 for 特");
    }

    @Test
    void aPieceOrAnOrdinaryWordHasNoKeyToFind() throws IOException {
        assertEquals(List.of(), search("路沙"));
        assertEquals(List.of(), search("布拉克"), "a different name (vowels differ) is not a spelling of these");
    }
}
