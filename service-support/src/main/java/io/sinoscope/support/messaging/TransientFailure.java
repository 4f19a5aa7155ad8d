package io.sinoscope.support.messaging;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a failure that will pass by itself (the database is down, starting, out of connections, busy with a lock, or
 * not what this service migrated right now) from one that the record being processed caused and that would happen
 * again on every retry. A consumer retries the first kind without giving up and dead-letters the second.
 *
 * <p>Transient, anywhere in the cause chain or among suppressed exceptions (Mutiny's CompositeException, which
 * Hibernate Reactive raises when a statement and its rollback both fail, keeps all but the first there):
 * <ul>
 * <li>a lost or refused connection: {@link SocketException} (ConnectException, reset), {@link ClosedChannelException},
 * the reactive client's ClosedConnectionException, Netty's NativeIoException;</li>
 * <li>a timeout: a connection not acquired from the pool in time, a statement or lock timeout (Mutiny's and
 * java.util.concurrent's TimeoutException, Vert.x's NoStackTraceTimeoutException);</li>
 * <li>SQLSTATEs of an unavailable database (class 08, 57P01/57P02/57P03, 53xxx insufficient resources), of
 * concurrency (40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 57014 statement cancelled by
 * its timeout), and of a schema that is missing or not ours right now (42P01 undefined table, 3F000 undefined schema,
 * 3D000 undefined database, 42501 insufficient privilege, class 28 authentication): no event's content causes those,
 * an operator repairs them, and the records wait meanwhile.</li>
 * </ul>
 * Anything else (a data or constraint violation, class 22 or 23, a mapping failure, a bug) is not transient.
 */
public final class TransientFailure {

    /** Named, not typed: the reactive SQL client and Vert.x are not on every service's class path. */
    private static final Set<String> TRANSIENT_TYPES = Set.of("ClosedConnectionException", "NativeIoException",
            "NoStackTraceTimeoutException", "TimeoutException", "ConnectTimeoutException");
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01", "55P03",
            "57014", "42P01", "3F000", "3D000", "42501");
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "28");
    /** How the reactive client's PgException ends its message: "ERROR: relation … does not exist (42P01)". */
    private static final Pattern TRAILING_STATE = Pattern.compile("\\(([0-9A-Z]{5})\\)\\s*$");
    private static final int MAX_SUPPRESSED_DEPTH = 3;

    private TransientFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        return transientCause(failure, 0) != null;
    }

    /** The transient failure found in the chain (what to report), or null. */
    public static Throwable transientCause(Throwable failure) {
        return transientCause(failure, 0);
    }

    private static Throwable transientCause(Throwable failure, int depth) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SocketException || t instanceof ClosedChannelException
                    || t instanceof java.util.concurrent.TimeoutException
                    || TRANSIENT_TYPES.contains(t.getClass().getSimpleName()) || transientState(sqlState(t))) {
                return t;
            }
            if (depth < MAX_SUPPRESSED_DEPTH) {
                for (Throwable suppressed : t.getSuppressed()) {
                    Throwable found = transientCause(suppressed, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static boolean transientState(String state) {
        return state != null && (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }

    /**
     * The SQLSTATE of a JDBC failure, or of the reactive client's PgException (named, not typed: a library not every
     * service has), which gives it at the end of its message; null for anything else.
     */
    public static String sqlState(Throwable t) {
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (t.getClass().getSimpleName().equals("PgException") && t.getMessage() != null) {
            Matcher state = TRAILING_STATE.matcher(t.getMessage());
            return state.find() ? state.group(1) : null;
        }
        return null;
    }
}
