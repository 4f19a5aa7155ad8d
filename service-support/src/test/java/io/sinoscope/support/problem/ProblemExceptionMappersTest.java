package io.sinoscope.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.TimeoutException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
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

    /** Stands in for io.vertx.sqlclient.ClosedConnectionException, which this module does not depend on. */
    private static final class ClosedConnectionException extends RuntimeException {
    }
}
