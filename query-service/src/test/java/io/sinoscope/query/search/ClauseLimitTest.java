package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.text.TextAnalyzer;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A backend refuses the queries the embedded index refuses (a 400 naming Lucene's clause limit), before sending
 * them: LuceneQueryFactoryTest shows the embedded index throwing on the same 600-term query. The OpenSearch backend
 * checks with {@link ClauseExpansion#requireWithinClauseLimit}.
 */
class ClauseLimitTest {

    private static ClauseExpansion expansion;
    private static LuceneQueryFactory factory;

    @BeforeAll
    static void setUp() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        expansion = new ClauseExpansion(new TermVariants(analyzer), analyzer);
        factory = new LuceneQueryFactory(expansion);
    }

    @Test
    void aQueryOverTheClauseLimitIsRefused() {
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            terms.append("芯片").append(i).append(' ');
        }
        // Built without complaint (no one BooleanQuery is over the limit); only counting every clause finds it.
        QueryNode query = QueryParser.parse(terms.toString());
        factory.build(query);
        assertThrows(IndexSearcher.TooManyClauses.class, () -> expansion.requireWithinClauseLimit(query));
    }

    @Test
    void theLongestQueryTheApiTakesFits() {
        // 200 Traditional characters, the most sinoscope.search.max-query-chars allows, as one phrase.
        String q = "軟體晶片網際網路人工智慧".repeat(17).substring(0, 200);
        assertDoesNotThrow(() -> expansion.requireWithinClauseLimit(QueryParser.parse(q)));
        String names = ("川普 特朗普 習近平 晶片 軟體 ").repeat(4).strip();
        assertDoesNotThrow(() -> expansion.requireWithinClauseLimit(QueryParser.parse(names)));
    }

    @Test
    void theCountIsWhatTheEmbeddedIndexCounts() {
        for (String q : List.of("芯片", "川普 -关税", "\"小米\" 海地", "-美国 -管制", "拉瑪佛沙 Ningbo 2025", "!!! 芯片",
                "軟體晶片網際網路人工智慧", "习近平 特朗普 晶片", "稀土 OR 大豆", "(稀土 | 大豆) -(出口 OR 管制)",
                "芯片 OR -美国", "region:TW 川普", "-(-(海地 source:x)) | !!!", "!!! OR ???", "-region:CN")) {
            QueryNode clauses = QueryParser.parse(q);
            assertEquals(luceneCount(factory.build(clauses)), expansion.searchTerms(clauses), q);
        }
        QueryNode resolved = QueryParser.parse("关税 -entity:川普").mapFields(f -> f.withValues(List.of("Q1", "Q2")));
        assertEquals(luceneCount(factory.build(resolved)), expansion.searchTerms(resolved));
    }

    /** Every term of every term and phrase query, and every other leaf, as IndexSearcher counts them. */
    private static int luceneCount(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query query) {
                count[0]++;
            }
        });
        return count[0];
    }
}
