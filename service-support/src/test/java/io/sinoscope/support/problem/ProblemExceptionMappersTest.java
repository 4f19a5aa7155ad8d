package io.sinoscope.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.TimeoutException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void aRefusedDatabaseConnectionDeepInTheCausesIsA503WithRetryAfter() {
        Response response = mappers.unexpected(new CompletionException(
                new IllegalStateException("session failed", new ConnectException("Connection refused: localhost/15432"))));
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertTrue(((Problem) response.getEntity()).detail().contains("Connection refused"));
    }

    @Test
    void aLostConnectionIsRecognisedByTheSqlClientsExceptionName() {
        assertEquals(503, mappers.unexpected(new RuntimeException(new ClosedConnectionException())).getStatus());
    }

    @Test
    void aDatabaseShuttingDownOrStartingUpIsA503NotA500() {
        // What the reactive client answers the moment PostgreSQL stops or restarts (found by DatabaseOutageIT)
        for (String message : new String[] {"FATAL: the database system is shutting down (57P03)",
                "FATAL: the database system is starting up (57P03)",
                "FATAL: terminating connection due to administrator command (57P01)",
                "FATAL: sorry, too many clients already (53300)"}) {
            Response response = mappers.unexpected(new RuntimeException(new PgException(message)));
            assertEquals(503, response.getStatus(), message);
            assertEquals("5", response.getHeaderString("Retry-After"), message);
            assertTrue(((Problem) response.getEntity()).detail().contains(message), message);
        }
        // and over JDBC: class 08 is a connection exception
        assertEquals(503, mappers.unexpected(new RuntimeException(
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"))).getStatus());
        // a state only named inside the message, or another class 57 state, is not an outage
        assertEquals(500, mappers.unexpected(new PgException("ERROR: value (57P03) too long (22001)")).getStatus());
        assertEquals(500, mappers.unexpected(new PgException("ERROR: division by zero (22012)")).getStatus());
    }

    @Test
    void aConnectionResetMidStatementIsA503EvenInsideACompositeFailure() {
        // What Hibernate Reactive raised when PostgreSQL stopped under a running statement (found by DatabaseOutageIT):
        // the statement's failure and its rollback's, as one Mutiny CompositeException
        Response response = mappers.unexpected(new io.smallrye.mutiny.CompositeException(
                new RuntimeException("org.hibernate.HibernateException", new SocketException("Connection reset")),
                new SocketException("Connection reset")));
        assertEquals(503, response.getStatus());
        assertTrue(((Problem) response.getEntity()).detail().contains("Connection reset"));
        // a connection failure found only among the suppressed exceptions counts too
        IllegalStateException outer = new IllegalStateException("statement failed");
        outer.addSuppressed(new ClosedConnectionException());
        assertEquals(503, mappers.unexpected(outer).getStatus());
    }

    @Test
    void aMissedDeadlineIsA503() {
        assertEquals(503, mappers.unexpected(new TimeoutException()).getStatus());
    }

    @Test
    void anyOtherFailureStaysA500WithoutRetryAfter() {
        Response response = mappers.unexpected(new IllegalStateException("bug"));
        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
    }

    @Test
    void problemsTheCodeRaisesKeepTheirStatus() {
        Response response = mappers.problem(ProblemException.unavailable("database down", 7));
        assertEquals(503, response.getStatus());
        assertEquals("7", response.getHeaderString("Retry-After"));
        assertNull(mappers.problem(ProblemException.notFound("no such article")).getHeaderString("Retry-After"));
    }

    @Test
    void aNulCharacterPostgresqlRefusesIsTheRequestsFaultA400() {
        // What Hibernate Reactive wraps around a parameter holding U+0000 (found by system-tests' FuzzIT)
        Response jdbc = mappers.unexpected(new RuntimeException("error executing SQL statement",
                new java.sql.SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals(400, jdbc.getStatus());
        assertEquals(Problem.MEDIA_TYPE, jdbc.getMediaType().toString());
        assertTrue(((Problem) jdbc.getEntity()).detail().contains("NUL"));
        // and what the reactive SQL client throws itself
        assertEquals(400, mappers.unexpected(new PgException(
                "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 (22021)")).getStatus());
        assertEquals(500, mappers.unexpected(new PgException("ERROR: deadlock detected (40P01)")).getStatus());
    }

    /** Stands in for io.vertx.pgclient.PgException, which this module does not depend on. */
    private static final class PgException extends RuntimeException {
        PgException(String message) {
            super(message);
        }
    }

    /** Stands in for io.vertx.sqlclient.ClosedConnectionException, which this module does not depend on. */
    private static final class ClosedConnectionException extends RuntimeException {
    }
}
