package io.sinoscope.support.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySyntaxTest {

    @Test
    void aSingleBareKeyIsTheAdminTheLauncherWrites() {
        List<ApiKeyGrant> grants = ApiKeySyntax.parse(List.of("0a1b2c"));
        assertEquals(1, grants.size());
        assertEquals(Roles.ALL, grants.get(0).roles());
        assertEquals(Set.of(ApiKeyGrant.EVERY_SOURCE), grants.get(0).sources());
        assertArrayEquals(ApiKeySyntax.digest("0a1b2c"), grants.get(0).digest());
    }

    @Test
    void bareKeysOfARotationAreAllAdmins() {
        List<ApiKeyGrant> grants = ApiKeySyntax.parse(List.of("old-key", " new-key ", ""));
        assertEquals(2, grants.size());
        grants.forEach(g -> assertEquals(Roles.ALL, g.roles()));
        assertArrayEquals(ApiKeySyntax.digest("new-key"), grants.get(1).digest(), "entries are trimmed");
    }

    @Test
    void rolesAndSources() {
        List<ApiKeyGrant> grants = ApiKeySyntax.parse(List.of("a:admin", "r:read", "w:write@xinhua|cna",
                "rw:read+write@*"));
        assertEquals(Roles.ALL, grants.get(0).roles(), "admin implies read and write");
        assertEquals(Set.of(ApiKeyGrant.EVERY_SOURCE), grants.get(0).sources());
        assertEquals(Set.of(Roles.READ), grants.get(1).roles());
        assertEquals(Set.of(), grants.get(1).sources());
        assertEquals(Set.of(Roles.WRITE), grants.get(2).roles());
        assertEquals(Set.of("xinhua", "cna"), grants.get(2).sources());
        assertEquals(Set.of(Roles.READ, Roles.WRITE), grants.get(3).roles());
        assertEquals(Set.of(ApiKeyGrant.EVERY_SOURCE), grants.get(3).sources());
        assertArrayEquals(ApiKeySyntax.digest("w"), grants.get(2).digest(), "the key is what comes before ':'");
    }

    @Test
    void malformedEntriesAreRefusedWithTheirPositionAndNeverTheKey() {
        assertRefused(List.of(), "is empty");
        assertRefused(List.of(" ", ""), "is empty");
        assertRefused(List.of("a:admin", "secret-bare"), "entry 2", "bare key");
        assertRefused(List.of("secret:wirte@x"), "entry 1", "'wirte' is not a role");
        assertRefused(List.of("secret:"), "entry 1", "role is missing");
        assertRefused(List.of("secret:read+"), "entry 1", "role is missing");
        assertRefused(List.of(":admin"), "entry 1", "key before ':' is empty");
        assertRefused(List.of("secret:write"), "entry 1", "must name the sources");
        assertRefused(List.of("secret:write@a|"), "entry 1", "source name", "empty");
        assertRefused(List.of("secret:admin@a"), "entry 1", "admin key writes every source");
        assertRefused(List.of("secret:read@a"), "entry 1", "no write role");
        assertRefused(List.of("secret:read", "secret:write@a"), "entry 2", "same key");
        assertRefused(List.of("secret", "secret"), "entry 2", "same key");
    }

    @Test
    void aPresentedKeyIsFoundByItsDigestOnly() {
        ApiKeys keys = new ApiKeys(Optional.of(List.of("r:read", "w:write@feed")));
        assertEquals(Set.of(Roles.READ), keys.grantOf("r").orElseThrow().roles());
        assertTrue(keys.grantOf("w").isPresent());
        assertFalse(keys.grantOf("r:read").isPresent(), "the entry's text is not a key");
        assertFalse(keys.grantOf("x").isPresent());
        assertEquals(Optional.of(ApiKeys.clientId("w")), keys.clientIdOf("w"));
        assertTrue(keys.clientIdOf("x").isEmpty(), "an unknown key gets no client id of its own");
    }

    @Test
    void aKeyIsReadFromEitherHeader() {
        assertEquals("k", ApiKeys.presentedKey(" k ", "Bearer other"));
        assertEquals("k", ApiKeys.presentedKey(null, "bearer k"));
        assertEquals(null, ApiKeys.presentedKey("", "Basic abc"));
    }

    private static void assertRefused(List<String> entries, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeySyntax.parse(entries));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should say " + part);
        }
        assertTrue(e.getMessage().contains("SINOSCOPE_API_KEYS"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), "the key must not appear in the message: " + e.getMessage());
    }
}
