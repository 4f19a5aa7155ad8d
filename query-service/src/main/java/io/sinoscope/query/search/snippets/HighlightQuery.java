package io.sinoscope.query.search.snippets;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion.ClauseForms;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.QueryNode;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What the highlighter marks in a hit's text when it analyses the text again, without the index (hits another engine
 * ranked): every phrase of the positive clauses, words as their phrases. The whole query cannot serve there, as its
 * word and entity fields are not in the text analysed again, so no clause requiring them matches.
 */
public final class HighlightQuery {

    private static final QueryBuilder BUILDER = new QueryBuilder(new BigramAnalyzer());

    private HighlightQuery() {
    }

    public static Query of(ClauseExpansion expansion, QueryNode query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (QueryClause clause : query.positiveClauses()) {
            ClauseForms expanded = expansion.expand(clause);
            if (expanded == null) {
                continue;
            }
            for (List<String> forms : List.of(expanded.phrases(), expanded.wordPhrases())) {
                for (String form : forms) {
                    any.add(BUILDER.createPhraseQuery(IndexFields.TEXT, form), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }
}
