package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion.ClauseForms;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns parsed clauses into a Lucene query: each clause's forms ({@link ClauseExpansion}) as an entity-id term, word
 * terms and bigram phrases in the title (boosted) and the text. Clauses are AND'ed; excluded clauses are MUST_NOT; a
 * query of exclusions only matches everything else.
 */
@ApplicationScoped
public class LuceneQueryFactory {

    private final ClauseExpansion expansion;
    private final QueryBuilder builder = new QueryBuilder(new BigramAnalyzer());

    @Inject
    public LuceneQueryFactory(ClauseExpansion expansion) {
        this.expansion = expansion;
    }

    /** Without analysts' overrides: for tests of the queries alone. */
    public LuceneQueryFactory(TermVariants variants, TextAnalyzer textAnalyzer) {
        this(new ClauseExpansion(variants, textAnalyzer));
    }

    public Query build(List<QueryClause> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryClause clause : clauses) {
            Query matches = clauseQuery(clause);
            if (matches == null) {
                continue; // only punctuation or symbols: nothing to search for
            }
            query.add(matches, clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !clause.excluded();
        }
        if (!positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /** What one clause matches; null if it has nothing searchable. */
    Query clauseQuery(QueryClause clause) {
        ClauseForms expanded = expansion.expand(clause);
        if (expanded == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (expanded.entityId() != null) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.ENTITY, expanded.entityId())),
                    ClauseExpansion.ENTITY_BOOST), Occur.SHOULD);
        }
        for (String unlinked : expanded.unlinkedIds()) {
            any.add(new TermQuery(new Term(IndexFields.ENTITY, unlinked)), Occur.SHOULD);
        }
        for (String word : expanded.words()) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.WORDS, word)), ClauseExpansion.WORD_BOOST),
                    Occur.SHOULD);
        }
        for (String form : expanded.phrases()) {
            addPhrase(any, IndexFields.TITLE, form, ClauseExpansion.TITLE_BOOST);
            addPhrase(any, IndexFields.TEXT, form, 1f);
        }
        if (expanded.wordPhrases().isEmpty()) {
            return any.build();
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        for (String form : expanded.wordPhrases()) {
            addPhrase(scored, IndexFields.TITLE, form, ClauseExpansion.TITLE_BOOST);
            addPhrase(scored, IndexFields.TEXT, form, 1f);
        }
        return scored.build();
    }

    private void addPhrase(BooleanQuery.Builder any, String field, String text, float boost) {
        Query phrase = builder.createPhraseQuery(field, text);
        any.add(boost == 1f ? phrase : new BoostQuery(phrase, boost), Occur.SHOULD);
    }
}
