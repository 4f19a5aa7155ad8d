package io.sinoscope.support.failure;

import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a failure the way both its classifiers need it: {@code problem.Unavailability} (is this a 503?) and
 * {@code messaging.TransientFailure} (may a consumer wait for it to pass?). They differ in what they look for, not in
 * how they look.
 */
public final class FailureCauses {

    /** How the reactive client's PgException ends its message: "FATAL: the database system is … (57P03)". */
    private static final Pattern TRAILING_STATE = Pattern.compile("\\(([0-9A-Z]{5})\\)\\s*$");
    /** Suppressed exceptions hold suppressed exceptions rarely, and never usefully deeper than this. */
    private static final int MAX_SUPPRESSED_DEPTH = 3;

    private FailureCauses() {
    }

    /**
     * The first failure that matches, in the cause chain or in the chains of the exceptions suppressed along it
     * (Mutiny's CompositeException, which Hibernate Reactive raises when a statement and its rollback both fail, keeps
     * all but the first there); null if none does.
     */
    public static Throwable find(Throwable failure, Predicate<Throwable> wanted) {
        return find(failure, wanted, 0);
    }

    private static Throwable find(Throwable failure, Predicate<Throwable> wanted, int depth) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (wanted.test(t)) {
                return t;
            }
            if (depth < MAX_SUPPRESSED_DEPTH) {
                for (Throwable suppressed : t.getSuppressed()) {
                    Throwable found = find(suppressed, wanted, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The SQLSTATE of a JDBC failure, or of the reactive client's PgException (named, not typed: a library not every
     * service has), which gives it at the end of its message; null for anything else.
     */
    public static String sqlState(Throwable t) {
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (t != null && t.getClass().getSimpleName().equals("PgException") && t.getMessage() != null) {
            Matcher state = TRAILING_STATE.matcher(t.getMessage());
            return state.find() ? state.group(1) : null;
        }
        return null;
    }
}
