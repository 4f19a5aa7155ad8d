package io.sinoscope.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a presented key into an identity: principal the key's client id (never the key), the key's roles, and as
 * attribute {@link SourceGrant#SOURCES_ATTRIBUTE} the sources it owns. An unknown key fails authentication (401).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ApiKeys keys;

    public ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // A digest per configured key: cheap, no I/O, so no need to leave the event loop.
        return keys.grantOf(request.key())
                .map(grant -> Uni.createFrom().<SecurityIdentity>item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(ApiKeys.clientId(request.key())))
                        .addRoles(grant.roles())
                        .addAttribute(SourceGrant.SOURCES_ATTRIBUTE, grant.sources())
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException(SecurityProblems.INVALID_KEY)));
    }
}
