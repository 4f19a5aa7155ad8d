package io.sinoscope.query.rest;

import io.sinoscope.query.search.QueryNode;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.QuerySyntaxException;
import io.sinoscope.support.problem.ProblemException;
import org.apache.lucene.search.IndexSearcher;

/**
 * The bounds a search's {@code q} is held to before it reaches the index, each a 400 problem that says what to change.
 *
 * <p>{@code q} is Sinoscope's own small syntax ({@link QueryParser}: terms, {@code OR}, parentheses, "quoted phrases",
 * -exclusions and {@code field:value} for four exact fields), not Lucene's: {@code *foo}, {@code foo~},
 * {@code title:x} or {@code '; DROP TABLE} cannot expand to a wildcard or fuzzy scan or reach another field, and are
 * searched as the characters they are (the analyzer drops the punctuation). What the syntax cannot read (an unclosed
 * parenthesis, an OR with nothing after it) is a 400 naming the position. What can hurt is size: each term becomes a
 * phrase of CJK bigrams, searched in title and text, in up to three regional forms and, for a name, with every alias,
 * and Lucene refuses a query of more than {@link IndexSearcher#getMaxClauseCount()} terms with an exception. Hence a
 * length and a term limit here (terms of the tree: text clauses and field values, not operators), and
 * {@link #tooComplex()} for a query within both that still expands too far.
 */
final class QueryLimits {

    private QueryLimits() {
    }

    /** The query tree of {@code q}, or a 400 if it is missing, empty, unreadable or over a limit. */
    static QueryNode parse(String q, int maxChars, int maxTerms) {
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
        QueryNode tree;
        try {
            tree = QueryParser.parse(query);
        } catch (QuerySyntaxException e) {
            throw ProblemException.badRequest("q cannot be read: " + e.getMessage()
                    + " (positions count characters from 1; the syntax is in the README under Search syntax)");
        }
        int terms = tree.terms();
        if (terms == 0) {
            throw ProblemException.badRequest("q contains nothing to search for: pass at least one word");
        }
        if (terms > maxTerms) {
            throw ProblemException.badRequest("q has " + terms + " terms; the limit is " + maxTerms
                    + ": keep the few most distinctive ones (terms side by side must all match anyway)");
        }
        return tree;
    }

    /** For a query within the limits whose variants and aliases still expand past Lucene's clause limit. */
    static ProblemException tooComplex() {
        return ProblemException.badRequest("q expands to more than " + IndexSearcher.getMaxClauseCount()
                + " index terms (each term is searched in title and text, in its Simplified, Taiwan and Hong Kong "
                + "forms, and a name with all its aliases): use fewer or shorter terms");
    }
}
