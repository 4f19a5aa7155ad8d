package io.sinoscope.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.support.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus Security's refusals as problem+json with a detail a person can act on: 401 without a key or with a wrong
 * one (with a {@code WWW-Authenticate} challenge), 403 naming the role the endpoint needs and the roles the key has.
 */
public class SecurityProblems {

    static final String CHALLENGE = "Bearer realm=\"sinoscope\"";
    static final String MISSING_KEY = "this endpoint needs an API key: send it as 'Authorization: Bearer <key>' or "
            + "'X-Api-Key: <key>'";
    static final String INVALID_KEY = "the API key is not valid";

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response missingKey(UnauthorizedException e) {
        return unauthorized(MISSING_KEY);
    }

    @ServerExceptionMapper
    public Response invalidKey(AuthenticationFailedException e) {
        return unauthorized(INVALID_KEY);
    }

    @ServerExceptionMapper
    public Response missingRole(ForbiddenException e, ResourceInfo resource) {
        String needed = neededRoles(resource);
        String has = identity.isAnonymous() ? "none" : String.join(", ", new TreeSet<>(identity.getRoles()));
        return Problem.of(Response.Status.FORBIDDEN, "this API key may not do this: the endpoint needs the role "
                + needed + ", the key has " + (has.isEmpty() ? "no role" : has) + ". Roles are given to keys in "
                + "SINOSCOPE_API_KEYS (KEY:read, KEY:write@SOURCE, KEY:admin)").toResponse();
    }

    private static String neededRoles(ResourceInfo resource) {
        RolesAllowed allowed = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && resource != null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return "that the operator grants";
        }
        return String.join(" or ", Arrays.stream(allowed.value()).map(r -> "'" + r + "'").toList());
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
