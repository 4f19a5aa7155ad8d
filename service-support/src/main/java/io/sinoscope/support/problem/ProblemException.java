package io.sinoscope.support.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services for an error the client can act on; rendered as problem+json. */
public class ProblemException extends RuntimeException {

    public static final int UNPROCESSABLE_CONTENT = 422;

    private final int status;

    public ProblemException(Response.Status status, String detail) {
        this(status.getStatusCode(), detail);
    }

    public ProblemException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, detail);
    }

    /** The request is well-formed but its content cannot be used as it is (undecodable bytes, not Chinese, ...). */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(UNPROCESSABLE_CONTENT, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
