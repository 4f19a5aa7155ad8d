package io.sinoscope.support.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * What every service's OpenAPI document says the same way, so a resource declares only what is its own (summary,
 * tags, its success and special error responses). Registered in each service with {@code mp.openapi.filter}.
 *
 * <ul>
 * <li>Every error response is a {@code Problem} ({@link ProblemResponses}), and every operation documents the errors
 * the shared edge can answer it with: 400 when it takes parameters or a body, 401 and 403 when it needs a role, 404
 * when its path names something by id, 413 when it takes a body, 429 for writes under /api/ (the rate limit), 500 and
 * 503 always.
 * <li>Every operation states its security: the {@code ApiKey} requirement Quarkus derives from {@code @RolesAllowed},
 * or none needed ({@code {}}), so clients and linters know which calls need a key.
 * <li>Every operation has an operationId: the resource's own, else one derived from the Java method and resource
 * ({@code EntityResource.get} is {@code getEntity}; {@code quarkus.smallrye-openapi.operation-id-strategy=CLASS_METHOD}
 * hands them over as {@code EntityResource_get}).
 * <li>The document names a server: the service it is served by ({@code /}), unless configured.
 * </ul>
 */
public class SinoscopeOpenApiFilter implements OASFilter {

    static final String SECURITY_SCHEME = "ApiKey";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    /** An operationId as {@code CLASS_METHOD} writes it for a JAX-RS resource. */
    private static final Pattern CLASS_METHOD = Pattern.compile("([A-Z][A-Za-z0-9]*?)(?:Resource)?_([a-z][A-Za-z0-9]*)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(ProblemResponses.SCHEMA_NAME, ProblemResponses.schema());
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The service this document is served by"));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Map<HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, operation) -> {
                operation.setOperationId(operationId(operation.getOperationId()));
                boolean needsRole = declareSecurity(operation);
                declareProblems(path.getKey(), method, operation, needsRole);
            });
        }
    }

    /** {@code EntityResource_get} becomes {@code getEntity}; an explicit id (no underscore) stays as it is. */
    static String operationId(String id) {
        if (id == null) {
            return null;
        }
        Matcher m = CLASS_METHOD.matcher(id);
        if (!m.matches()) {
            return id;
        }
        String noun = m.group(1);
        String verb = m.group(2);
        return verb.toLowerCase().contains(noun.toLowerCase()) ? verb : verb + noun;
    }

    /** @return whether the operation needs a key with a role */
    private static boolean declareSecurity(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        boolean needsRole = security != null && security.stream().anyMatch(r -> r.getSchemes() != null
                && !r.getSchemes().isEmpty());
        if (security == null || security.isEmpty()) {
            // An empty requirement: the operation is open (a key sent to it is ignored, except by the rate limit).
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        return needsRole;
    }

    private static void declareProblems(String path, HttpMethod method, Operation operation, boolean needsRole) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Set<Integer> statuses = new TreeSet<>();
        boolean takesBody = operation.getRequestBody() != null;
        if (takesBody || (operation.getParameters() != null && !operation.getParameters().isEmpty())) {
            statuses.add(400);
        }
        if (needsRole) {
            statuses.add(401);
            statuses.add(403);
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (takesBody) {
            statuses.add(413);
        }
        if (WRITES.contains(method) && path.startsWith("/api/")) {
            statuses.add(429);
        }
        statuses.add(500);
        statuses.add(503);
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().keySet().stream().map(SinoscopeOpenApiFilter::status)
                    .filter(s -> s >= 400).forEach(statuses::add);
        }
        for (int status : statuses) {
            String code = String.valueOf(status);
            responses.addAPIResponse(code, ProblemResponses.complete(status, responses.getAPIResponse(code)));
        }
        // by status, as a reader scans them ("default" last)
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static int status(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 0; // "default" or a range such as 4XX: left as declared
        }
    }
}
