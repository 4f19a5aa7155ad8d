package io.sinoscope.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure that reaches the HTTP edge into problem+json; nothing leaks a stack trace or HTML page. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage())).toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new Problem(ProblemType.BAD_REQUEST.uri().toString(), "Bad Request", 400, detail, null, errors)
                .toResponse();
    }

    /** Declared apart from {@link #unreadableJson} because Quarkus ships its own (plain JSON) mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String detail;
        if (e instanceof InvalidFormatException f) {
            detail = "field '" + path(f) + "' has an invalid value " + f.getValue() + ": expected "
                    + f.getTargetType().getSimpleName();
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = "field '" + path(m) + "' has the wrong type: " + m.getOriginalMessage();
        } else {
            detail = "request body is not valid JSON: " + e.getOriginalMessage() + locationOf(e);
        }
        return Problem.of(Response.Status.BAD_REQUEST, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        return Problem.of(e.getResponse().getStatus(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (UnstorableText.isCause(e)) {
            return Problem.of(Response.Status.BAD_REQUEST, "the request contains a character that cannot be stored "
                    + "or searched, most likely a NUL (U+0000, %00 in a URL, \\u0000 in JSON): remove it").toResponse();
        }
        if (Unavailability.isCause(e)) {
            LOG.warnf("answering 503: %s", Unavailability.describe(e));
            return ProblemException.unavailable("a service this request needs (" + Unavailability.describe(e)
                    + ") is not answering right now, so the request may not have been carried out; retry it after "
                    + "the Retry-After delay (resubmitting an article with the same source and externalId is safe)",
                    Unavailability.RETRY_AFTER_SECONDS).toResponse();
        }
        LOG.error("unhandled error at the HTTP edge", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "the server failed to handle the request; it has been logged, retry later").toResponse();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.request.text" -> "text": the client knows its field, not our method and parameter names.
        var nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1).getName();
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("");
    }

    private static String locationOf(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
