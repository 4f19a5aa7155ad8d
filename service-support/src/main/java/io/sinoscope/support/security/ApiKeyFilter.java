package io.sinoscope.support.security;

import io.quarkus.runtime.StartupEvent;
import io.sinoscope.support.problem.Problem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires an API key ({@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}) on the requests the
 * configuration protects; health and metrics (outside /api/) stay open.
 *
 * <ul>
 * <li>{@code sinoscope.security.api-keys}: accepted keys, comma-separated (a Secret in production; never logged)
 * <li>{@code sinoscope.security.writes-require-key} (true): POST, PUT, PATCH and DELETE under /api/, and every
 * request under /api/v1/admin/ (job progress, pipeline state, dead letters: operators' business, as writes are)
 * <li>{@code sinoscope.security.reads-require-key} (false): GET under /api/ too
 * <li>{@code sinoscope.security.open-paths}: paths that stay open whatever the method
 * </ul>
 *
 * <p>Plain {@code @ConfigProperty} rather than a config mapping: mappings declared in a library jar are not
 * registered by Quarkus for the application using it. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, against every
 * configured key, so neither a key's content nor its length leaks through timing.
 */
@Singleton
public class ApiKeyFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String BEARER = "Bearer ";
    private static final String ADMIN = "/api/v1/admin/";
    private static final String CLIENT_ID_SALT = "sinoscope-client:";
    /**
     * Request property holding an id of the valid API key the request presented (absent without one); see
     * {@link #clientId}. Set on every request under /api/, also on paths that need no key.
     */
    public static final String CLIENT_KEY_PROPERTY = "io.sinoscope.security.client-key";

    private final List<byte[]> keyDigests;
    private final boolean writesRequireKey;
    private final boolean readsRequireKey;
    private final List<String> openPaths;

    public ApiKeyFilter(@ConfigProperty(name = "sinoscope.security.api-keys") Optional<List<String>> apiKeys,
            @ConfigProperty(name = "sinoscope.security.writes-require-key", defaultValue = "true") boolean writes,
            @ConfigProperty(name = "sinoscope.security.reads-require-key", defaultValue = "false") boolean reads,
            @ConfigProperty(name = "sinoscope.security.open-paths") Optional<List<String>> openPaths) {
        this.keyDigests = apiKeys.orElse(List.of()).stream().map(String::trim).filter(k -> !k.isEmpty())
                .map(ApiKeyFilter::digest).toList();
        this.writesRequireKey = writes;
        this.readsRequireKey = reads;
        this.openPaths = openPaths.orElse(List.of());
    }

    /** A protected service without keys would refuse everyone, or worse be left open by mistake: fail at start. */
    void refuseToStartWithoutKeys(@Observes StartupEvent start) {
        if ((writesRequireKey || readsRequireKey) && keyDigests.isEmpty()) {
            throw new IllegalStateException("sinoscope.security.api-keys is empty but this service requires API keys;"
                    + " set SINOSCOPE_API_KEYS (comma-separated; a Kubernetes Secret in production)");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response requireKey(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String presented = presentedKey(request);
        boolean known = presented != null && isKnown(digest(presented));
        if (known) {
            request.setProperty(CLIENT_KEY_PROPERTY, clientId(presented));
        }
        boolean operatorOnly = WRITES.contains(request.getMethod()) || path.startsWith(ADMIN);
        if (openPaths.contains(path) || (operatorOnly ? !writesRequireKey : !readsRequireKey)) {
            return null;
        }
        if (presented == null) {
            return unauthorized("this endpoint needs an API key: send it as 'Authorization: Bearer <key>' or "
                    + "'X-Api-Key: <key>'");
        }
        return known ? null : unauthorized("the API key is not valid");
    }

    /**
     * Names a key without revealing it, for per-key accounting: the first 8 bytes of a salted SHA-256, as hex. The salt
     * keeps this id from matching a plain digest of the key that might appear elsewhere.
     */
    private static String clientId(String key) {
        return HexFormat.of().formatHex(digest(CLIENT_ID_SALT + key), 0, 8);
    }

    private boolean isKnown(byte[] digest) {
        boolean known = false;
        for (byte[] key : keyDigests) {
            known |= MessageDigest.isEqual(key, digest);
        }
        return known;
    }

    private static String presentedKey(ContainerRequestContext request) {
        return presentedKey(request.getHeaderString("X-Api-Key"), request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /**
     * The key a request presents, from its {@code X-Api-Key} and {@code Authorization} header values (either may be
     * null); null without one. For a service that passes the caller's key on to another service.
     */
    public static String presentedKey(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeyHeader.trim();
        }
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        return null;
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sinoscope\"").build();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
