package io.sinoscope.query.rest;

import io.sinoscope.query.search.QueryClause;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.support.problem.ProblemException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;

/**
 * The bounds a search's {@code q} is held to before it reaches the index, each a 400 problem that says what to change.
 *
 * <p>{@code q} is not Lucene query syntax: {@link QueryParser} knows only terms, "quoted phrases" and -exclusions, so
 * {@code *foo}, {@code foo~}, {@code a AND (b OR}, {@code field:value} or {@code '; DROP TABLE} cannot fail to parse,
 * cannot expand to a wildcard or fuzzy scan, and are searched as the characters they are (the analyzer drops the
 * punctuation). What can hurt is size: each term becomes a phrase of CJK bigrams, searched in title and text, in up to
 * three regional forms and, for a name, with every alias, and Lucene refuses a query of more than
 * {@link IndexSearcher#getMaxClauseCount()} terms with an exception. Hence a length and a term limit here, and
 * {@link #tooComplex()} for a query within both that still expands too far.
 */
final class QueryLimits {

    private QueryLimits() {
    }

    /** The clauses of {@code q}, or a 400 if it is missing, empty, or over a limit. */
    static List<QueryClause> parse(String q, int maxChars, int maxTerms) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("Query parameter q is required: pass the words to search for, "
                    + "e.g. /api/v1/search?q=芯片");
        }
        String query = q.strip();
        int chars = query.codePointCount(0, query.length());
        if (chars > maxChars) {
            throw ProblemException.badRequest("q has " + chars + " characters; the limit is " + maxChars
                    + ": search for a few distinctive words or a short phrase, not a passage");
        }
        List<QueryClause> clauses = QueryParser.parse(query);
        if (clauses.isEmpty()) {
            throw ProblemException.badRequest("q contains nothing to search for: pass at least one word");
        }
        if (clauses.size() > maxTerms) {
            throw ProblemException.badRequest("q has " + clauses.size() + " terms; the limit is " + maxTerms
                    + ": every term must match anyway, so keep the few most distinctive ones");
        }
        return clauses;
    }

    /** For a query within the limits whose variants and aliases still expand past Lucene's clause limit. */
    static ProblemException tooComplex() {
        return ProblemException.badRequest("q expands to more than " + IndexSearcher.getMaxClauseCount()
                + " index terms (each term is searched in title and text, in its Simplified, Taiwan and Hong Kong "
                + "forms, and a name with all its aliases): use fewer or shorter terms");
    }
}
