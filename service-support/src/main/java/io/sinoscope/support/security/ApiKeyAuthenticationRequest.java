package io.sinoscope.support.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a request presented, on its way from {@link ApiKeyMechanism} to {@link ApiKeyIdentityProvider}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
