package io.sinoscope.query.search;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.IndexSearcher;

/**
 * What each clause of a query is searched as, whatever the engine. The forms of a clause are its normalised regional
 * forms and, when the gazetteer knows the clause as a name, each of the entity's aliases (so 川普 finds text that says
 * 特朗普). A form is searched one of two ways:
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
 * aliases) are always bigram phrases, found anywhere, besides the entity id. How clauses combine is the query
 * tree's ({@link QueryNode}: side by side AND'ed, OR, groups, exclusions; a group of exclusions only matches
 * everything else). Each backend renders the tree and these forms in its own query language ({@code search.lucene.LuceneQueryFactory}, {@code search.opensearch.OpenSearchDsl}).
 */
@ApplicationScoped
public class ClauseExpansion {

    public static final float TITLE_BOOST = 2f;
    /** Entity-id and whole-word matches outrank a bare substring of the same clause. */
    public static final float ENTITY_BOOST = 3f;
    public static final float WORD_BOOST = 3f;
    /**
     * Longest form searched as a word. Short names are the ones found inside other words (海地, 古巴, 中共); a longer
     * form is more often segmented differently in context than alone (美国商务部 against 美国商务部长), and rarely sits
     * inside a different word, so it stays a phrase.
     */
    public static final int WORD_EDGE_MAX_CHARS = 4;

    private final TermVariants variants;
    private final TextAnalyzer textAnalyzer;
    private final Analyzer analyzer = new BigramAnalyzer();
    /** Analysts' overrides; absent where the expansion is built by hand (tests of the expansion alone). */
    @Inject
    EntityOverrides overrides;

    @Inject
    public ClauseExpansion(TermVariants variants, TextAnalyzer textAnalyzer) {
        this.variants = variants;
        this.textAnalyzer = textAnalyzer;
    }

    /**
     * What one clause is searched as: the canonical entity it names (null if none), the forms that must match as whole
     * words and the forms searched as bigram phrases (see the class comment), only those with something to search
     * for. Null when the clause has nothing searchable (only punctuation or symbols).
     */
    public ClauseForms expand(QueryClause clause) {
        Set<String> forms = new LinkedHashSet<>(variants.forms(clause.text()));
        Optional<CanonicalEntity> entity = variants.entity(clause.text());
        String entityId = entity.map(CanonicalEntity::id).orElse(null);
        if (overrides != null) {
            // Analysts' overrides: a merged entity searches as its survivor, an added alias as its entity.
            String named = overrides.entityNamed(clause.text(), List.copyOf(forms), entityId);
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
            if (tokens(form) == 0) {
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
        String unlinkedPattern = entityId != null ? null
                : variants.unlinkedIdPatternOfEnglish(clause.text()).orElse(null);
        return new ClauseForms(entityId, List.copyOf(words), phrases, wordPhrases, unlinked, unlinkedPattern);
    }

    /**
     * Refuses a query of more clauses and phrase terms than Lucene's limit ({@link IndexSearcher#getMaxClauseCount()},
     * 1024), which long Traditional queries reach once expanded into regional forms: the embedded index refuses it
     * when it searches, and OpenSearch would refuse it as a search-phase failure that says less, so a backend checks
     * before sending. Counts what the embedded index counts: every term of every term and phrase query (each phrase
     * form is searched in the title and the text), each field value, and the match-everything a group of exclusions
     * only (or an excluded member of an OR) adds.
     *
     * @throws IndexSearcher.TooManyClauses over the limit; the search resource answers it with a 400 naming the limit
     */
    public void requireWithinClauseLimit(QueryNode query) {
        if (searchTerms(query) > IndexSearcher.getMaxClauseCount()) {
            throw new IndexSearcher.TooManyClauses();
        }
    }

    /** The terms and leaf queries of the query as the embedded index counts them against its limit. */
    public int searchTerms(QueryNode query) {
        int count = count(QueryNode.asAll(query));
        return count < 0 ? 1 : count; // nothing searchable: the query matches everything
    }

    /** The node's terms and leaves, or -1 when it has nothing searchable (and is left out of its group). */
    private int count(QueryNode node) {
        if (node instanceof QueryClause clause) {
            ClauseForms forms = expand(clause);
            if (forms == null) {
                return -1;
            }
            int count = (forms.entityId() == null ? 0 : 1) + forms.unlinkedIds().size() + forms.words().size()
                    + (forms.unlinkedIdPattern() == null ? 0 : 1);
            for (List<String> phrases : List.of(forms.phrases(), forms.wordPhrases())) {
                for (String phrase : phrases) {
                    count += 2 * tokens(phrase);
                }
            }
            return count;
        }
        if (node instanceof FieldClause field) {
            return field.values().size();
        }
        QueryGroup group = (QueryGroup) node;
        int count = 0;
        boolean searchable = false;
        boolean positive = false;
        for (QueryNode child : group.children()) {
            int terms = count(child);
            if (terms < 0) {
                continue;
            }
            searchable = true;
            positive |= !child.excluded();
            // An excluded member of an OR matches everything else: a match-everything beside it.
            count += terms + (group.operator() == QueryGroup.Operator.ANY && child.excluded() ? 1 : 0);
        }
        if (!searchable) {
            return -1;
        }
        return group.operator() == QueryGroup.Operator.ALL && !positive ? count + 1 : count;
    }

    /** The form as its folded word if it is one word of the dictionary segmentation, short, with a Han character. */
    public static String asWord(String form) {
        int length = form.codePointCount(0, form.length());
        if (length < 2 || length > WORD_EDGE_MAX_CHARS || form.codePoints().noneMatch(ClauseExpansion::isHan)) {
            return null;
        }
        List<String> split = ArticleWords.split(form);
        String folded = ArticleWords.fold(form);
        return split.size() == 1 && split.get(0).equals(folded) ? folded : null;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** How many terms the index's analysis makes of the form: 0 when it has nothing to search for. */
    private int tokens(String form) {
        if (form.isEmpty()) {
            return 0;
        }
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, form)) {
            stream.reset();
            int count = 0;
            while (stream.incrementToken()) {
                count++;
            }
            stream.end();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse " + form, e);
        }
    }

    /**
     * @param entityId    the canonical entity the clause names, or null
     * @param words       forms that match only as whole words of the article ({@link IndexFields#WORDS}), folded
     * @param phrases     forms that match as bigram phrases anywhere in the title or text
     * @param wordPhrases the word forms as bigram phrases: optional, for scoring and highlighting only
     * @param unlinkedIds ids of unlinked transliterated names the clause may spell (same phonetic key), searched as
     *                    entities
     * @param unlinkedIdPattern a regular expression over entity ids (Lucene's syntax, whole id) matching the unlinked
     *                    people and places a Latin-letter clause may be the English name of, or null
     */
    public record ClauseForms(String entityId, List<String> words, List<String> phrases, List<String> wordPhrases,
            List<String> unlinkedIds, String unlinkedIdPattern) {
    }
}
