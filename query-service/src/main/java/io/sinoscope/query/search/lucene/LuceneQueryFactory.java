package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.ArticleWords;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.service.CuratedEntities;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
 * Turns parsed clauses into a Lucene query. The forms of a clause are its normalised regional forms and, when the
 * gazetteer knows the clause as a name, each of the entity's aliases (so 川普 finds text that says 特朗普). A form is
 * searched one of two ways:
 * <ul>
 * <li><b>as a word</b> when it is a word of the dictionary segmentation ({@link ArticleWords}: the segmenter keeps it
 * whole) of two to {@value #WORD_EDGE_MAX_CHARS} characters with a Han character: it must be a word of the article
 * ({@link IndexFields#WORDS}), so 海地 does not match the 海地 inside 沿海地区, nor 巴西 the one in 巴西利亚;</li>
 * <li><b>as a bigram phrase</b> otherwise (unknown strings the segmenter splits, longer phrases, Latin text, quoted
 * clauses): any substring, which keeps recall for OCR damage and segmenter mistakes.</li>
 * </ul>
 * A clause matches if its entity id, any of its word forms or any of its phrase forms does; the entity id and word
 * matches are boosted, and the bigram phrases of word forms are added as optional clauses, which score occurrences
 * and give the highlighter the text to mark. A quoted clause is searched as written: its forms (and a named entity's
 * aliases) are always bigram phrases, found anywhere, besides the entity id.
 * Clauses are AND'ed; excluded clauses are MUST_NOT; a query of exclusions only matches everything else. The
 * expansion itself ({@link #expand}) is engine-neutral: the OpenSearch backend renders the same forms in its DSL.
 */
@ApplicationScoped
public class LuceneQueryFactory {

    public static final float TITLE_BOOST = 2f;
    /** Entity-id and whole-word matches outrank a bare substring of the same clause. */
    public static final float ENTITY_BOOST = 3f;
    public static final float WORD_BOOST = 3f;
    /**
     * Longest form searched as a word. Short names are the ones found inside other words (海地, 古巴, 中共); a longer
     * form is more often segmented differently in context than alone (美国商务部 against 美国商务部长), and rarely sits
     * inside a different word, so it stays a phrase.
     */
    static final int WORD_EDGE_MAX_CHARS = 4;

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
     * What the highlighter marks in a hit's text when it analyses the text again, without the index (hits another
     * engine ranked): every phrase of the positive clauses, words as their phrases. The whole query cannot serve
     * there, as its word and entity fields are not in the text analysed again, so no clause requiring them matches.
     */
    public Query highlightQuery(List<QueryClause> clauses) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (QueryClause clause : clauses) {
            ClauseForms expanded = clause.excluded() ? null : expand(clause);
            if (expanded == null) {
                continue;
            }
            for (List<String> forms : List.of(expanded.phrases(), expanded.wordPhrases())) {
                for (String form : forms) {
                    addPhrase(any, IndexFields.TEXT, form, 1f);
                }
            }
        }
        return any.build();
    }

    /**
     * What one clause is searched as, whatever the engine: the canonical entity it names (null if none), the forms that
     * must match as whole words and the forms searched as bigram phrases (see the class comment), only those with
     * something to search for. Null when the clause has nothing searchable (only punctuation or symbols).
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
        Set<String> words = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        List<String> wordPhrases = new ArrayList<>();
        for (String form : forms) {
            if (!hasTokens(form)) {
                continue;
            }
            String word = clause.quoted() ? null : asWord(form);
            if (word == null) {
                phrases.add(form);
            } else {
                words.add(word);
                wordPhrases.add(form);
            }
        }
        if (entityId == null && words.isEmpty() && phrases.isEmpty()) {
            return null;
        }
        List<String> unlinked = entityId != null ? List.of() : variants.unlinkedIds(clause.text());
        return new ClauseForms(entityId, List.copyOf(words), phrases, wordPhrases, unlinked);
    }

    /** The form as its folded word if it is one word of the dictionary segmentation, short, with a Han character. */
    static String asWord(String form) {
        int length = form.codePointCount(0, form.length());
        if (length < 2 || length > WORD_EDGE_MAX_CHARS || form.codePoints().noneMatch(LuceneQueryFactory::isHan)) {
            return null;
        }
        List<String> split = ArticleWords.split(form);
        String folded = ArticleWords.fold(form);
        return split.size() == 1 && split.get(0).equals(folded) ? folded : null;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * @param entityId    the canonical entity the clause names, or null
     * @param words       forms that match only as whole words of the article ({@link IndexFields#WORDS}), folded
     * @param phrases     forms that match as bigram phrases anywhere in the title or text
     * @param wordPhrases the word forms as bigram phrases: optional, for scoring and highlighting only
     * @param unlinkedIds ids of unlinked transliterated names the clause may spell (same phonetic key), searched as
     *                    entities
     */
    public record ClauseForms(String entityId, List<String> words, List<String> phrases, List<String> wordPhrases,
            List<String> unlinkedIds) {
    }

    /** What one clause matches; null if it has nothing searchable. */
    Query clauseQuery(QueryClause clause) {
        ClauseForms expanded = expand(clause);
        if (expanded == null) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (expanded.entityId() != null) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.ENTITY, expanded.entityId())), ENTITY_BOOST),
                    Occur.SHOULD);
        }
        for (String unlinked : expanded.unlinkedIds()) {
            any.add(new TermQuery(new Term(IndexFields.ENTITY, unlinked)), Occur.SHOULD);
        }
        for (String word : expanded.words()) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.WORDS, word)), WORD_BOOST), Occur.SHOULD);
        }
        for (String form : expanded.phrases()) {
            addPhrase(any, IndexFields.TITLE, form, TITLE_BOOST);
            addPhrase(any, IndexFields.TEXT, form, 1f);
        }
        if (expanded.wordPhrases().isEmpty()) {
            return any.build();
        }
        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        for (String form : expanded.wordPhrases()) {
            addPhrase(scored, IndexFields.TITLE, form, TITLE_BOOST);
            addPhrase(scored, IndexFields.TEXT, form, 1f);
        }
        return scored.build();
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
