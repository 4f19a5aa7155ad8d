package io.sinoscope.support.problem;

import io.sinoscope.support.failure.FailureCauses;
import io.smallrye.mutiny.TimeoutException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Recognises failures that mean "a dependency is down or too slow", not "this request is wrong" and not "our bug":
 * the database or broker refused, reset or dropped the connection, the database answered that it cannot take connections
 * now (shutting down, starting up, out of connection slots), or an operation ran past its deadline. Those become a
 * 503 with Retry-After, so a client retries instead of giving up on (or reporting) a 500.
 */
final class Unavailability {

    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Named, not typed: the reactive SQL client's exception lives in a library not every service has, and its
     * class name is its contract.
     */
    private static final Set<String> CONNECTION_LOST = Set.of("ClosedConnectionException", "NativeIoException");
    /**
     * SQLSTATEs of a database that is not there for anyone right now, beyond class 08 (connection exception):
     * admin_shutdown, crash_shutdown, cannot_connect_now (shutting down or starting up: the reactive client's very
     * first answer when PostgreSQL stops or restarts under load), too_many_connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private Unavailability() {
    }

    static boolean isCause(Throwable failure) {
        return rootOfInterest(failure) != null;
    }

    /** @return what failed, in a few words a person can act on */
    static String describe(Throwable failure) {
        Throwable cause = rootOfInterest(failure);
        if (cause instanceof TimeoutException) {
            return "an operation did not finish in time";
        }
        if (unavailableState(sqlState(cause))) {
            return "the database cannot take requests now: " + cause.getMessage();
        }
        return cause == null ? "unknown" : "connection failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    private static Throwable rootOfInterest(Throwable failure) {
        return FailureCauses.find(failure, Unavailability::isOfInterest);
    }

    private static boolean isOfInterest(Throwable t) {
        // SocketException covers ConnectException (refused) and a connection reset or broken mid-statement
        return t instanceof SocketException || t instanceof ClosedChannelException || t instanceof TimeoutException
                || CONNECTION_LOST.contains(t.getClass().getSimpleName()) || unavailableState(sqlState(t));
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    private static String sqlState(Throwable t) {
        return FailureCauses.sqlState(t);
    }
}
