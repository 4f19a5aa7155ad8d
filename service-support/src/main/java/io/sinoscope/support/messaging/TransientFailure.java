package io.sinoscope.support.messaging;

import io.sinoscope.support.failure.FailureCauses;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

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

    private TransientFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        return transientCause(failure) != null;
    }

    /** The transient failure found in the chain (what to report), or null. */
    public static Throwable transientCause(Throwable failure) {
        return FailureCauses.find(failure, TransientFailure::isTransientItself);
    }

    private static boolean isTransientItself(Throwable t) {
        return t instanceof SocketException || t instanceof ClosedChannelException
                || t instanceof java.util.concurrent.TimeoutException
                || TRANSIENT_TYPES.contains(t.getClass().getSimpleName()) || transientState(FailureCauses.sqlState(t));
    }

    private static boolean transientState(String state) {
        return state != null && (TRANSIENT_STATES.contains(state) || TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
