package io.sinoscope.support.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API keys this service accepts ({@code sinoscope.security.api-keys}, syntax in {@link ApiKeySyntax}) and what
 * each may do. A presented key is compared as a SHA-256 digest with {@link MessageDigest#isEqual}, against every
 * configured key, so neither a key's content nor its length leaks through timing.
 *
 * <p>Plain {@code @ConfigProperty} rather than a config mapping: mappings declared in a library jar are not
 * registered by Quarkus for the application using it.
 */
@Singleton
public class ApiKeys {

    private static final String BEARER = "Bearer ";
    private static final String CLIENT_ID_SALT = "sinoscope-client:";

    private final List<ApiKeyGrant> grants;

    /** @throws IllegalArgumentException for a missing or malformed list: the service does not start */
    public ApiKeys(@ConfigProperty(name = "sinoscope.security.api-keys") Optional<List<String>> entries) {
        this.grants = ApiKeySyntax.parse(entries.orElse(List.of()));
    }

    /** Observing start creates this bean at start, so a bad key list stops the service now, not at a first request. */
    void checkedAtStart(@Observes StartupEvent start) {
        // the constructor has parsed and checked the list
    }

    /** The grant of the presented key; empty for a key not configured here. */
    public Optional<ApiKeyGrant> grantOf(String presentedKey) {
        byte[] digest = ApiKeySyntax.digest(presentedKey);
        ApiKeyGrant found = null;
        // no early exit: the time taken does not tell which entry matched
        for (ApiKeyGrant grant : grants) {
            if (MessageDigest.isEqual(grant.digest(), digest)) {
                found = grant;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A configured key's id for per-key accounting, empty for a key not configured here. */
    public Optional<String> clientIdOf(String presentedKey) {
        return grantOf(presentedKey).map(grant -> clientId(presentedKey));
    }

    /**
     * Names a key without revealing it, for per-key accounting and as the identity's principal: the first 8 bytes of
     * a salted SHA-256, as hex. The salt keeps this id from matching a plain digest of the key that might appear
     * elsewhere.
     */
    public static String clientId(String key) {
        return HexFormat.of().formatHex(ApiKeySyntax.digest(CLIENT_ID_SALT + key), 0, 8);
    }

    /**
     * The key a request presents, from its {@code X-Api-Key} and {@code Authorization} header values (either may be
     * null); null without one. Also for a service that passes the caller's key on to another service.
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
}
