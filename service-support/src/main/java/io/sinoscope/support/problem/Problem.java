package io.sinoscope.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response: {@code type} tells a program which kind of problem
 * it is ({@link ProblemType}), {@code detail} tells a person what to change.
 *
 * @param errors one entry per invalid field, when the problem is a validation failure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), detail);
    }

    public static Problem of(int status, String detail) {
        return new Problem(ProblemType.uriOf(status), title(status), status, detail, null, null);
    }

    static String title(int status) {
        // JAX-RS names no 422; RFC 9110 calls it Unprocessable Content.
        if (status == 422) {
            return "Unprocessable Content";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
