package io.sinoscope.support.problem;

import io.smallrye.mutiny.TimeoutException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;

/**
 * Recognises failures that mean "a dependency is down or too slow", not "this request is wrong" and not "our bug":
 * the database or broker refused or dropped the connection, or an operation ran past its deadline. Those become a
 * 503 with Retry-After, so a client retries instead of giving up on (or reporting) a 500.
 */
final class Unavailability {

    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Named, not typed: the reactive SQL client's exception lives in a library not every service has, and its
     * class name is its contract.
     */
    private static final Set<String> CONNECTION_LOST = Set.of("ClosedConnectionException");

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
        return cause == null ? "unknown" : "connection failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    private static Throwable rootOfInterest(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedChannelException || t instanceof TimeoutException
                    || CONNECTION_LOST.contains(t.getClass().getSimpleName())) {
                return t;
            }
        }
        return null;
    }
}
