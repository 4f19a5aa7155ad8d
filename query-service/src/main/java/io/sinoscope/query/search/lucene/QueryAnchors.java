package io.sinoscope.query.search.lucene;

import io.sinoscope.query.search.IndexFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The anchor of a compiled query: a set of index terms at least one of which every matching article contains, so an
 * article holding none of them need not be evaluated (the pre-filter of percolation, as Luwak's term-filtered
 * presearcher does). Null when no such set is known: the query may match an article without any term (a query of
 * exclusions, an OR with an exclusion, a clause type this does not read), and is then evaluated for every article.
 *
 * <p>Of the required clauses of a conjunction, one anchor is enough: the one least likely to be present, judged
 * without statistics as a clause not on a low-cardinality field (source, region, topic: most articles share a value),
 * then the smallest set. A phrase needs all its terms, so its first one anchors it. A disjunction needs one of its
 * alternatives, so its anchor is the union of theirs, and it has none if one of them has none.
 */
final class QueryAnchors {

    private static final Set<String> COMMON_FIELDS = Set.of(IndexFields.SOURCE, IndexFields.REGION,
            IndexFields.TOPIC);

    private QueryAnchors() {
    }

    /**
     * The anchors of every clause a match requires (the required clauses of required clauses, down the tree), each a
     * set one of whose terms a matching article contains: an article missing a term of any of them cannot match. A
     * required clause without an anchor adds nothing; a query with no required clause is its own one conjunct.
     */
    static List<Set<Term>> conjuncts(Query query) {
        List<Set<Term>> conjuncts = new ArrayList<>();
        addConjuncts(query, conjuncts);
        return conjuncts;
    }

    private static void addConjuncts(Query query, List<Set<Term>> into) {
        Query inner = unwrapped(query);
        if (inner instanceof BooleanQuery bool) {
            boolean required = false;
            for (BooleanClause clause : bool.clauses()) {
                if (clause.occur() == Occur.MUST || clause.occur() == Occur.FILTER) {
                    required = true;
                    addConjuncts(clause.query(), into);
                }
            }
            if (required) {
                return;
            }
        }
        Set<Term> anchor = of(inner);
        if (anchor != null) {
            into.add(anchor);
        }
    }

    private static Query unwrapped(Query query) {
        if (query instanceof BoostQuery boost) {
            return unwrapped(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return unwrapped(constant.getQuery());
        }
        return query;
    }

    static Set<Term> of(Query query) {
        if (query instanceof TermQuery term) {
            return Set.of(term.getTerm());
        }
        if (query instanceof PhraseQuery phrase) {
            Term[] terms = phrase.getTerms();
            return terms.length == 0 ? null : Set.of(terms[0]);
        }
        if (query instanceof BoostQuery boost) {
            return of(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return of(constant.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            return ofBoolean(bool);
        }
        return null;
    }

    private static Set<Term> ofBoolean(BooleanQuery bool) {
        List<Query> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == Occur.MUST || clause.occur() == Occur.FILTER) {
                required.add(clause.query());
            } else if (clause.occur() == Occur.SHOULD) {
                optional.add(clause.query());
            }
        }
        if (!required.isEmpty()) {
            Set<Term> best = null;
            for (Query clause : required) {
                Set<Term> anchor = of(clause);
                if (anchor != null && (best == null || better(anchor, best))) {
                    best = anchor;
                }
            }
            return best;
        }
        return optional.isEmpty() ? null : unionOrNull(optional);
    }

    private static Set<Term> unionOrNull(List<Query> alternatives) {
        Set<Term> union = new HashSet<>();
        for (Query alternative : alternatives) {
            Set<Term> anchor = of(alternative);
            if (anchor == null) {
                return null;
            }
            union.addAll(anchor);
        }
        return union;
    }

    private static boolean better(Set<Term> candidate, Set<Term> current) {
        boolean candidateCommon = common(candidate);
        boolean currentCommon = common(current);
        if (candidateCommon != currentCommon) {
            return currentCommon;
        }
        return candidate.size() < current.size();
    }

    private static boolean common(Set<Term> anchor) {
        return anchor.stream().anyMatch(term -> COMMON_FIELDS.contains(term.field()));
    }
}
