package io.sinoscope.query.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the {@code q} parameter into clauses. Whitespace (including the ideographic space) separates terms, all of
 * which must match; {@code "…"} (also “…” and 「…」) keeps a phrase together; a leading {@code -} (or full-width
 * {@code －}) excludes a term or phrase. An unclosed quote runs to the end of the query. Pure and thread-safe.
 */
public final class QueryParser {

    private QueryParser() {
    }

    public static List<QueryClause> parse(String query) {
        List<QueryClause> clauses = new ArrayList<>();
        if (query == null) {
            return clauses;
        }
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if ((c == '-' || c == '－') && i + 1 < n && !isSpace(query.charAt(i + 1))) {
                excluded = true;
                i++;
                c = query.charAt(i);
            }
            char close = closingQuote(c);
            if (close != 0) {
                int end = query.indexOf(close, i + 1);
                if (end < 0) {
                    end = n;
                }
                add(clauses, query.substring(i + 1, end), true, excluded);
                i = Math.min(n, end + 1);
            } else {
                int end = i;
                while (end < n && !isSpace(query.charAt(end))) {
                    end++;
                }
                add(clauses, query.substring(i, end), false, excluded);
                i = end;
            }
        }
        return clauses;
    }

    private static void add(List<QueryClause> clauses, String text, boolean quoted, boolean excluded) {
        String stripped = text.strip().replaceAll("[\\s\\u3000]+", " ");
        if (!stripped.isEmpty() && !stripped.equals("-")) {
            clauses.add(new QueryClause(stripped, quoted, excluded));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            default -> 0;
        };
    }
}
