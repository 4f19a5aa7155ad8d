package io.sinoscope.support.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailureTest {

    /** Stands in for the reactive client's io.vertx.pgclient.PgException, which is recognised by its simple name. */
    static class PgException extends RuntimeException {
        PgException(String message) {
            super(message);
        }
    }

    /** Stands in for Vert.x's pool acquisition timeout. */
    static class NoStackTraceTimeoutException extends RuntimeException {
        NoStackTraceTimeoutException(String message) {
            super(message);
        }
    }

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("HR000: statement failed", new RuntimeException("wrapper", cause));
    }

    @Test
    void anUnavailableDatabaseIsTransientWhereverItSitsInTheChain() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P02", "57P03", "53300", "40001", "40P01",
                "55P03", "57014", "42P01", "3F000"}) {
            assertTrue(TransientFailure.isTransient(wrapped(new SQLException("x", state))), state);
            assertTrue(TransientFailure.isTransient(wrapped(new PgException("ERROR: something (" + state + ")"))),
                    state);
        }
        assertTrue(TransientFailure.isTransient(wrapped(new ConnectException("Connection refused"))));
        assertTrue(TransientFailure.isTransient(wrapped(new SocketException("Connection reset"))));
        assertTrue(TransientFailure.isTransient(wrapped(new NoStackTraceTimeoutException("Timeout"))));
        assertTrue(TransientFailure.isTransient(new io.smallrye.mutiny.TimeoutException()));
    }

    @Test
    void aFailureSuppressedBesideAnotherIsFound() {
        RuntimeException composite = new RuntimeException("statement and rollback failed");
        composite.addSuppressed(wrapped(new SocketException("Connection reset")));
        assertTrue(TransientFailure.isTransient(composite));
    }

    @Test
    void whatTheRecordCausedIsNotTransient() {
        for (String state : new String[] {"22001", "22P02", "23505", "23503", "23502", "42601"}) {
            assertFalse(TransientFailure.isTransient(wrapped(new SQLException("x", state))), state);
            assertFalse(TransientFailure.isTransient(wrapped(new PgException("ERROR: bad value (" + state + ")"))),
                    state);
        }
        assertFalse(TransientFailure.isTransient(new IllegalArgumentException("cannot map field")));
        assertFalse(TransientFailure.isTransient(new NullPointerException()));
    }
}
