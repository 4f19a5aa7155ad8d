package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.ClauseExpansion.ClauseForms;
import io.sinoscope.query.search.ClauseExpansion;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.FieldClause;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.QueryGroup;
import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed query ({@link QueryNode}) into a Lucene query: each text clause's forms ({@link ClauseExpansion}) as
 * an entity-id term, word terms and bigram phrases in the title (boosted) and the text; a field clause as an unscored
 * filter on its exact field; an ALL group as MUST and MUST_NOT members (a group of exclusions only matches everything
 * else), an ANY group as SHOULD members of which one must match.
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

    /** The query; one with nothing searchable (only punctuation) matches everything, as a query of exclusions does. */
    public Query build(QueryNode query) {
        Query all = group(QueryNode.asAll(query));
        return all != null ? all : new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).build();
    }

    /** What the node matches, its exclusion aside (the group around it applies that); null if nothing searchable. */
    private Query node(QueryNode node) {
        if (node instanceof QueryClause clause) {
            return clauseQuery(clause);
        }
        if (node instanceof FieldClause field) {
            return fieldQuery(field);
        }
        return group((QueryGroup) node);
    }

    private Query group(QueryGroup group) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean searchable = false;
        boolean positive = false;
        for (QueryNode child : group.children()) {
            Query matches = node(child);
            if (matches == null) {
                continue; // only punctuation or symbols: nothing to search for
            }
            searchable = true;
            if (group.operator() == QueryGroup.Operator.ANY) {
                query.add(child.excluded() ? everythingBut(matches) : matches, Occur.SHOULD);
            } else {
                query.add(matches, child.excluded() ? Occur.MUST_NOT : Occur.MUST);
                positive |= !child.excluded();
            }
        }
        if (!searchable) {
            return null;
        }
        if (group.operator() == QueryGroup.Operator.ALL && !positive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    private static Query everythingBut(Query excluded) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(excluded, Occur.MUST_NOT)
                .build();
    }

    /** Any of the field's values, as a filter: it narrows the matches and adds nothing to their score. */
    private static Query fieldQuery(FieldClause field) {
        Query values;
        if (field.values().size() == 1) {
            values = new TermQuery(new Term(field.field().indexField(), field.values().get(0)));
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String value : field.values()) {
                any.add(new TermQuery(new Term(field.field().indexField(), value)), Occur.SHOULD);
            }
            values = any.build();
        }
        return new BooleanQuery.Builder().add(values, Occur.FILTER).build();
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
        if (expanded.unlinkedIdPattern() != null) {
            any.add(new RegexpQuery(new Term(IndexFields.ENTITY, expanded.unlinkedIdPattern())), Occur.SHOULD);
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
