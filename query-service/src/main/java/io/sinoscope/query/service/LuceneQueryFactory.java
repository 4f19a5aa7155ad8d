package io.sinoscope.query.service;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns parsed clauses into a Lucene query. Each clause matches if any of these does: a phrase of its bigrams in the
 * title (boosted) or text, for each normalised form of the clause; and, when the gazetteer knows the clause as a name,
 * the entity id and a phrase of each of the entity's aliases (so 川普 finds text that says 特朗普, and highlights it).
 * Clauses are AND'ed; excluded clauses are MUST_NOT; a query of exclusions only matches everything else. The
 * expansion itself ({@link #expand}) is engine-neutral: the OpenSearch backend renders the same forms in its DSL.
 */
@ApplicationScoped
public class LuceneQueryFactory {

    static final float TITLE_BOOST = 2f;

    private final TermVariants variants;
    private final TextAnalyzer textAnalyzer;
    private final QueryBuilder builder = new QueryBuilder(new BigramAnalyzer());
    /** Analysts' overrides; absent where the factory is built by hand (tests of the expansion alone). */
    @Inject
    CuratedEntities curated;

    @Inject
    public LuceneQueryFactory(TermVariants variants, TextAnalyzer textAnalyzer) {
        this.variants = variants;
        this.textAnalyzer = textAnalyzer;
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

    /**
     * What one clause is searched as, whatever the engine: the canonical entity it names (null if none) and every
     * form of its text to find as a phrase (its regional forms and, for an entity, each alias normalised), only those
     * with something to search for. Null when the clause has nothing searchable (only punctuation or symbols).
     */
    public ClauseForms expand(QueryClause clause) {
        Set<String> forms = new LinkedHashSet<>(variants.forms(clause.text()));
        Optional<CanonicalEntity> entity = variants.entity(clause.text());
        String entityId = entity.map(CanonicalEntity::id).orElse(null);
        if (curated != null) {
            // Analysts' overrides: a merged entity searches as its survivor, an added alias as its entity.
            String named = curated.entityNamed(clause.text(), List.copyOf(forms), entityId);
            if (named != null && !named.equals(entityId)) {
                entityId = named;
                entity = variants.entityById(named);
            }
        }
        entity.ifPresent(known -> known.aliases()
                .forEach(alias -> forms.add(textAnalyzer.normalize(alias).normalized().strip())));
        List<String> searchable = forms.stream().filter(this::hasTokens).toList();
        if (entityId == null && searchable.isEmpty()) {
            return null;
        }
        List<String> unlinked = entityId != null ? List.of() : variants.unlinkedIds(clause.text());
        return new ClauseForms(entityId, searchable, unlinked);
    }

    /**
     * @param entityId    the canonical entity the clause names, or null
     * @param unlinkedIds ids of unlinked transliterated names the clause may spell (same phonetic key), searched as entities
     */
    public record ClauseForms(String entityId, List<String> forms, List<String> unlinkedIds) {

        public ClauseForms(String entityId, List<String> forms) {
            this(entityId, forms, List.of());
        }
    }

    /** What one clause matches; null if it has nothing searchable. */
    Query clauseQuery(QueryClause clause) {
        ClauseForms expanded = expand(clause);
        if (expanded == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (expanded.entityId() != null) {
            any.add(new TermQuery(new Term(IndexFields.ENTITY, expanded.entityId())), Occur.SHOULD);
        }
        for (String unlinked : expanded.unlinkedIds()) {
            any.add(new TermQuery(new Term(IndexFields.ENTITY, unlinked)), Occur.SHOULD);
        }
        for (String form : expanded.forms()) {
            addPhrase(any, IndexFields.TITLE, form, TITLE_BOOST);
            addPhrase(any, IndexFields.TEXT, form, 1f);
        }
        return any.build();
    }

    private boolean hasTokens(String form) {
        if (form.isEmpty()) {
            return false;
        }
        Query phrase = builder.createPhraseQuery(IndexFields.TEXT, form);
        return phrase != null && !(phrase instanceof MatchNoDocsQuery);
    }

    private void addPhrase(BooleanQuery.Builder any, String field, String text, float boost) {
        Query phrase = builder.createPhraseQuery(field, text);
        any.add(boost == 1f ? phrase : new BoostQuery(phrase, boost), Occur.SHOULD);
    }
}
