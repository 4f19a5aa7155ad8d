package io.sinoscope.support.problem;

import java.net.URI;
import java.util.Arrays;

/**
 * The kinds of problem the services answer with, each a stable {@code type} URI (RFC 9457 section 3.1.1) a client can
 * branch on instead of parsing the English {@code detail}. One kind per status: a client that needs finer cases reads
 * the status and detail, as before. The URIs identify; they are not promised to resolve (docs/architecture.md, "Problem
 * types", says what each means and what a client should do).
 */
public enum ProblemType {

    BAD_REQUEST(400, "bad-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    TOO_LARGE(413, "too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    UNPROCESSABLE(422, "unprocessable"),
    RATE_LIMITED(429, "rate-limited"),
    SERVER_ERROR(500, "server-error"),
    UNAVAILABLE(503, "unavailable");

    /** Where every type URI starts; changing it breaks clients that compare types, so it never changes. */
    public static final String BASE = "https://sinoscope.dev/problems/";
    /** RFC 9457's type for a status with no kind of its own: the title (the status phrase) says it all. */
    public static final String BLANK = "about:blank";

    private final int status;
    private final URI uri;

    ProblemType(int status, String slug) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    /** @return the type URI for a status, {@link #BLANK} for a status with no kind of its own */
    public static String uriOf(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst()
                .map(t -> t.uri.toString()).orElse(BLANK);
    }
}
