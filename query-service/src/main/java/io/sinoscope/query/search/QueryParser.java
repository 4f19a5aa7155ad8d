package io.sinoscope.query.search;

import io.sinoscope.query.search.FieldClause.Field;
import io.sinoscope.query.search.QueryGroup.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code q} parameter into a {@link QueryNode} tree, by recursive descent over this grammar:
 *
 * <pre>
 * query    = any
 * any      = all { ("OR" | "|" | "｜") all }                 at least one side must match
 * all      = unary { unary }                                 side by side: every one must match
 * unary    = ["-" | "－"] primary                             excluded
 * primary  = "(" any ")" | phrase | field ":" value | term   also full-width （ ）
 * phrase   = '"' … '"' | “ … ” | 「 … 」 | 『 … 』          an unclosed quote runs to the end of the query
 * field    = source | region | topic | entity                 any case; the colon may be full-width ：
 * </pre>
 *
 * Side by side binds tighter than OR: {@code 稀土 出口 OR 大豆} is {@code (稀土 出口) OR 大豆}. Whitespace
 * (including the ideographic space) and parentheses separate terms. Only upper-case {@code OR} is an operator
 * ({@code or} is a word, and so is {@code AND}: terms side by side must all match anyway), a minus is an exclusion
 * only at the start of a term ({@code covid-19} is one term) and before something to exclude (a lone {@code -} is
 * ignored), and a word before a colon other than the four fields is part of the term ({@code title:芯片} searches
 * for those characters). A query this grammar cannot read is a
 * {@link QuerySyntaxException} naming the 1-based character position and what was expected there. Pure and
 * thread-safe.
 */
public final class QueryParser {

    /** Deepest nesting of parentheses; deeper is refused rather than risking the stack on a long query. */
    public static final int MAX_DEPTH = 32;

    private final String query;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private QueryParser(String query) {
        this.query = query;
        this.tokens = new Lexer(query).tokens();
    }

    /**
     * The query's tree: a lone term is a {@link QueryClause}, terms side by side an {@link Operator#ALL} group, a blank
     * or null query an empty ALL group.
     *
     * @throws QuerySyntaxException for an unclosed or unopened parenthesis, an operator without a term on each side,
     *                              empty parentheses or a field without a value
     */
    public static QueryNode parse(String query) {
        if (query == null) {
            return empty();
        }
        QueryParser parser = new QueryParser(query);
        QueryNode root = parser.any();
        Token rest = parser.peek();
        if (rest.kind() == Kind.CLOSE) {
            throw parser.error(rest, "unexpected '" + rest.text() + "' at position %d: no parenthesis is open there");
        }
        return root == null ? empty() : root;
    }

    private static QueryGroup empty() {
        return new QueryGroup(Operator.ALL, List.of(), false);
    }

    private QueryNode any() {
        List<QueryNode> alternatives = new ArrayList<>();
        Token first = peek();
        if (first.kind() == Kind.OR) {
            throw error(first, first.text() + " at position %d has no term before it: write a term, phrase or "
                    + "group on each side, e.g. 稀土 OR 大豆");
        }
        alternatives.add(all());
        while (peek().kind() == Kind.OR) {
            Token operator = take();
            requireOperand(operator);
            alternatives.add(all());
        }
        return combine(Operator.ANY, alternatives);
    }

    private QueryNode all() {
        List<QueryNode> members = new ArrayList<>();
        while (true) {
            Token token = peek();
            if (token.kind() == Kind.END || token.kind() == Kind.CLOSE || token.kind() == Kind.OR) {
                break;
            }
            members.add(unary());
        }
        return combine(Operator.ALL, members);
    }

    private void requireOperand(Token operator) {
        Kind following = peek().kind();
        if (following == Kind.END || following == Kind.CLOSE || following == Kind.OR) {
            throw error(operator, "expected a term, phrase or group after " + operator.text() + " at position %d");
        }
    }

    private QueryNode unary() {
        Token token = take();
        if (token.kind() == Kind.MINUS) {
            QueryNode excluded = primary(take());
            return excluded == null ? null : excluded.withExcluded(!excluded.excluded());
        }
        return primary(token);
    }

    private QueryNode primary(Token token) {
        switch (token.kind()) {
            case OPEN -> {
                if (peek().kind() == Kind.CLOSE) {
                    throw error(token, "empty parentheses at position %d: put terms inside or remove them");
                }
                if (++depth > MAX_DEPTH) {
                    throw error(token, "parentheses nested deeper than " + MAX_DEPTH + " at position %d");
                }
                QueryNode inner = any();
                depth--;
                if (peek().kind() != Kind.CLOSE) {
                    throw error(token, "unclosed parenthesis opened at position %d: add ')' to close it");
                }
                take();
                return inner;
            }
            case TERM, PHRASE -> {
                String text = token.text().strip().replaceAll("[\\s\\u3000]+", " ");
                return text.isEmpty() || text.equals("-") ? null
                        : new QueryClause(text, token.kind() == Kind.PHRASE, false);
            }
            case FIELD -> {
                return new FieldClause(token.field(), List.of(token.field().indexed(token.text())), false);
            }
            default -> throw new IllegalStateException("the lexer puts an operand after " + token);
        }
    }

    /**
     * The members as one node: null if none, the member itself if one, else a group (a member group of the same
     * operator, not excluded, flattened into it).
     */
    private static QueryNode combine(Operator operator, List<QueryNode> members) {
        List<QueryNode> flat = new ArrayList<>();
        for (QueryNode member : members) {
            if (member instanceof QueryGroup group && group.operator() == operator && !group.excluded()) {
                flat.addAll(group.children());
            } else if (member != null) {
                flat.add(member);
            }
        }
        if (flat.isEmpty()) {
            return null;
        }
        return flat.size() == 1 ? flat.get(0) : new QueryGroup(operator, flat, false);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private QuerySyntaxException error(Token token, String format) {
        int position = query.codePointCount(0, token.start()) + 1;
        return new QuerySyntaxException(position, String.format(format, position));
    }

    private enum Kind {
        TERM, PHRASE, FIELD, MINUS, OPEN, CLOSE, OR, END
    }

    /** @param start char index in the query; @param field the named field of a FIELD token, else null */
    private record Token(Kind kind, String text, int start, Field field) {
    }

    /** Splits the query into tokens; a minus is followed by an operand token, a field token carries its value. */
    private static final class Lexer {

        private final String query;
        private final List<Token> tokens = new ArrayList<>();
        private int i;

        Lexer(String query) {
            this.query = query;
        }

        List<Token> tokens() {
            int n = query.length();
            while (i < n) {
                char c = query.charAt(i);
                if (isSpace(c)) {
                    i++;
                } else if (c == '(' || c == '（') {
                    add(Kind.OPEN, String.valueOf(c), i, null);
                    i++;
                } else if (c == ')' || c == '）') {
                    add(Kind.CLOSE, String.valueOf(c), i, null);
                    i++;
                } else if (c == '|' || c == '｜') {
                    add(Kind.OR, String.valueOf(c), i, null);
                    i++;
                } else if (c == '-' || c == '－') {
                    if (i + 1 < n && startsOperand(query.charAt(i + 1))) {
                        add(Kind.MINUS, String.valueOf(c), i, null);
                        i++;
                        operand(true);
                    } else {
                        i++; // a lone minus excludes nothing
                    }
                } else {
                    operand(false);
                }
            }
            tokens.add(new Token(Kind.END, "", n, null));
            return tokens;
        }

        /** A phrase, a field with its value, a term, or (unless it follows a minus) the operator OR. */
        private void operand(boolean literal) {
            int start = i;
            char c = query.charAt(i);
            if (c == '(' || c == '（') {
                return; // an excluded group: the main loop reads the parenthesis
            }
            if (closingQuote(c) != 0) {
                add(Kind.PHRASE, phrase(), start, null);
                return;
            }
            Optional<Field> field = fieldName();
            if (field.isPresent()) {
                int colon = i - 1;
                String value = i < query.length() && closingQuote(query.charAt(i)) != 0 ? phrase() : word();
                value = value.strip().replaceAll("[\\s\\u3000]+", " ");
                if (value.isEmpty()) {
                    int position = query.codePointCount(0, start) + 1;
                    throw new QuerySyntaxException(position, "expected a value after "
                            + query.substring(start, colon + 1) + " at position " + position + ", e.g. "
                            + example(field.get()));
                }
                add(Kind.FIELD, value, start, field.get());
                return;
            }
            String word = word();
            if (!literal && word.equals("OR")) {
                add(Kind.OR, word, start, null);
            } else {
                add(Kind.TERM, word, start, null);
            }
        }

        /** The field named before a colon here, moving past the colon; empty (not moving) for any other word. */
        private Optional<Field> fieldName() {
            int end = i;
            while (end < query.length() && isAsciiLetter(query.charAt(end))) {
                end++;
            }
            if (end == i || end >= query.length() || (query.charAt(end) != ':' && query.charAt(end) != '：')) {
                return Optional.empty();
            }
            Optional<Field> field = Field.named(query.substring(i, end));
            if (field.isPresent()) {
                i = end + 1;
            }
            return field;
        }

        /** From an opening quote to its closing quote (or the end), moving past it; the text between. */
        private String phrase() {
            char close = closingQuote(query.charAt(i));
            int end = query.indexOf(close, i + 1);
            if (end < 0) {
                end = query.length();
            }
            String text = query.substring(i + 1, end);
            i = Math.min(query.length(), end + 1);
            return text;
        }

        /** Up to the next space, parenthesis or bar. */
        private String word() {
            int start = i;
            while (i < query.length() && !isDelimiter(query.charAt(i))) {
                i++;
            }
            return query.substring(start, i);
        }

        private void add(Kind kind, String text, int start, Field field) {
            tokens.add(new Token(kind, text, start, field));
        }

        private static String example(Field field) {
            return switch (field) {
                case SOURCE -> "source:xinhua";
                case REGION -> "region:TW";
                case TOPIC -> "topic:tariffs";
                case ENTITY -> "entity:Q22686 or entity:特朗普";
            };
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** What may follow a minus that excludes it: not a space, a closing parenthesis or a bar. */
    private static boolean startsOperand(char c) {
        return !isDelimiter(c) || c == '(' || c == '（';
    }

    private static boolean isDelimiter(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '（' || c == '）' || c == '|' || c == '｜';
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
