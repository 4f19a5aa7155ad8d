package io.sinoscope.query.search;

/**
 * A query {@link QueryParser} cannot read: the message names the position (1-based, in characters) and what was
 * expected there, for the user to correct.
 */
public class QuerySyntaxException extends IllegalArgumentException {

    private final int position;

    public QuerySyntaxException(int position, String message) {
        super(message);
        this.position = position;
    }

    /** 1-based position, in characters (code points), of the offending or unclosed token. */
    public int position() {
        return position;
    }
}
