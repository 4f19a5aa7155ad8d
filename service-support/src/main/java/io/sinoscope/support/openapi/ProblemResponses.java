package io.sinoscope.support.openapi;

import io.sinoscope.support.problem.Problem;
import io.sinoscope.support.problem.ProblemType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The OpenAPI side of {@link Problem}: its component schema, and the documented error responses that reference it,
 * each with a description saying what the client should do.
 */
final class ProblemResponses {

    static final String SCHEMA_NAME = "Problem";
    static final String SCHEMA_REF = "#/components/schemas/" + SCHEMA_NAME;
    static final String RETRY_AFTER = "Retry-After";

    /** What each status means here and what the client should do; kept in step with docs/architecture.md. */
    private static final Map<Integer, String> WHAT_TO_DO = Map.ofEntries(
            Map.entry(400, "The request is malformed or a parameter is invalid: detail says what to change, errors "
                    + "lists each invalid field. Do not retry unchanged."),
            Map.entry(401, "No API key, or one that is not valid: send it as 'X-Api-Key: <key>' (or 'Authorization: "
                    + "Bearer <key>')."),
            Map.entry(403, "The API key lacks the role this operation needs, or does not own the source: detail names "
                    + "the role or source. Ask the operator for a key that has it."),
            Map.entry(404, "Nothing with this id: check the id (detail names it)."),
            Map.entry(409, "The request conflicts with work in progress (detail names the running job): wait for it, "
                    + "then retry."),
            Map.entry(413, "The request body is larger than the limit detail names: send less (split a batch)."),
            Map.entry(415, "The body's Content-Type is not one this operation reads: send one it consumes."),
            Map.entry(422, "The request is well-formed but its content cannot be used as it is: detail says why."),
            Map.entry(429, "This client sent writes faster than its share: retry after Retry-After seconds, or batch."),
            Map.entry(500, "The server failed to handle the request; it is logged. Retry later, report it if it "
                    + "persists."),
            Map.entry(503, "Something this request needs is not answering or is at capacity: retry after Retry-After "
                    + "seconds."));

    /** Descriptions Quarkus writes itself; replaced because they do not say what to do. */
    private static final List<String> GENERIC = List.of("Not Authorized", "Not Allowed", "Bad Request");

    private ProblemResponses() {
    }

    static Schema schema() {
        String kinds = Arrays.stream(ProblemType.values()).map(t -> t.uri() + " (" + t.status() + ")")
                .collect(Collectors.joining(", "));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A stable URI per kind of problem, to branch on: " + kinds + "; about:blank for "
                + "any other status.").format("uri").examples(List.<Object>of(ProblemType.NOT_FOUND.uri().toString())));
        properties.put("title", string("The status phrase, e.g. Not Found.").examples(List.<Object>of("Not Found")));
        properties.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(
                java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                .description("The HTTP status code.").examples(List.<Object>of(404)));
        properties.put("detail", string("What went wrong and what to change, for a person.")
                .examples(List.<Object>of("no article with id 42")));
        properties.put("instance", string("The request this problem occurred in, when known.")
                .format("uri-reference"));
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", string("The invalid field, as the client named it.").examples(List.<Object>of("text")));
        fieldError.put("message", string("What is wrong with it.").examples(List.<Object>of("must not be blank")));
        properties.put("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("One entry per invalid field, for a validation failure.")
                .items(OASFactory.createSchema().addType(SchemaType.OBJECT).properties(fieldError)));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: the body of every error response ("
                        + Problem.MEDIA_TYPE + ").")
                .required(List.of("type", "title", "status")).properties(properties);
    }

    /** Makes {@code response} a documented problem: the Problem body, a description, Retry-After where it applies. */
    static APIResponse complete(int status, APIResponse response) {
        APIResponse result = response == null ? OASFactory.createAPIResponse() : response;
        if (result.getDescription() == null || result.getDescription().isBlank()
                || GENERIC.contains(result.getDescription())) {
            result.setDescription(WHAT_TO_DO.getOrDefault(status, "See detail (problem+json)."));
        }
        result.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF))));
        if (status == 429 || status == 503) {
            result.addHeader(RETRY_AFTER, retryAfter());
        }
        return result;
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
