package io.sinoscope.query.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.search.opensearch.OpenSearchIndex;
import io.sinoscope.text.TextAnalyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch backend refuses the queries the embedded index refuses (a 400 naming Lucene's clause limit), before
 * sending them: LuceneQueryFactoryTest shows the embedded index throwing on the same 600-term query.
 */
class OpenSearchClauseLimitTest {

    private static LuceneQueryFactory factory;

    @BeforeAll
    static void setUp() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
    }

    @Test
    void aQueryOverTheClauseLimitIsRefused() {
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            terms.append("芯片").append(i).append(' ');
        }
        // Built without complaint (no one BooleanQuery is over the limit); only counting every clause finds it.
        Query query = factory.build(QueryParser.parse(terms.toString()));
        assertThrows(IndexSearcher.TooManyClauses.class, () -> OpenSearchIndex.requireWithinClauseLimit(query));
    }

    @Test
    void theLongestQueryTheApiTakesFits() {
        // 200 Traditional characters, the most sinoscope.search.max-query-chars allows, as one phrase.
        String q = "軟體晶片網際網路人工智慧".repeat(17).substring(0, 200);
        assertDoesNotThrow(() -> OpenSearchIndex.requireWithinClauseLimit(factory.build(QueryParser.parse(q))));
        String names = ("川普 特朗普 習近平 晶片 軟體 ").repeat(4).strip();
        assertDoesNotThrow(() -> OpenSearchIndex.requireWithinClauseLimit(factory.build(QueryParser.parse(names))));
    }
}
