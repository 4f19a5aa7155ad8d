package io.sinoscope.support.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services for an error the client can act on; rendered as problem+json. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
