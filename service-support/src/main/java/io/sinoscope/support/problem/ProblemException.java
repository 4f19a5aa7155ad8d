package io.sinoscope.support.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Thrown by resources and services for an error the client can act on; rendered as problem+json. */
public class ProblemException extends RuntimeException {

    public static final int UNPROCESSABLE_CONTENT = 422;

    private final int status;
    /** Seconds the client should wait before retrying; 0 when retrying would not help. */
    private final int retryAfterSeconds;

    public ProblemException(Response.Status status, String detail) {
        this(status.getStatusCode(), detail);
    }

    public ProblemException(int status, String detail) {
        this(status, detail, 0);
    }

    private ProblemException(int status, String detail, int retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return Problem.of(status, getMessage());
    }

    public Response toResponse() {
        Response response = problem().toResponse();
        if (retryAfterSeconds > 0) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return response;
    }

    /**
     * 503: something the request needs (the database, the broker) is not answering; the same request may succeed
     * after {@code retryAfterSeconds}, which the response carries as {@code Retry-After}.
     */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), detail, retryAfterSeconds);
    }

    /**
     * 429: this client sent more requests than its share; the same request will be accepted after
     * {@code retryAfterSeconds}.
     */
    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        return new ProblemException(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), detail, retryAfterSeconds);
    }

    /** 409: the request conflicts with work in progress (e.g. a job of the same kind is running). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    /** 403: the caller is known but may not do this (its key lacks the role, or does not own the source). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
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
