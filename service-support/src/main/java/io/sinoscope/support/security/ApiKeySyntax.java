package io.sinoscope.support.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code sinoscope.security.api-keys} ({@code SINOSCOPE_API_KEYS}): comma-separated entries, each
 *
 * <pre>
 * KEY                                  a bare key (see below)
 * KEY:ROLE[+ROLE...]                   roles read, write, admin
 * KEY:write[+read]@SOURCE[|SOURCE...]  a write key names the sources it owns; @* owns every source
 * </pre>
 *
 * <p>A bare key is an admin key only in a list where every entry is bare: that is the configuration before roles
 * existed (one key, as {@code ./sinoscope} writes, or two during a rotation), which keeps working unchanged. Once any
 * entry names roles, a bare entry is refused: the list is being written with roles in mind, and a key left without
 * one would silently be an administrator.
 *
 * <p>Anything else is refused with the entry's position and what to change, never the key itself (the message ends
 * up in logs). A service configured with a malformed list must not start with a guess about who may do what.
 */
public final class ApiKeySyntax {

    private static final String VARIABLE = "sinoscope.security.api-keys (SINOSCOPE_API_KEYS)";

    private ApiKeySyntax() {
    }

    /** @throws IllegalArgumentException naming the malformed entry and how to fix it */
    public static List<ApiKeyGrant> parse(List<String> entries) {
        List<String> given = entries.stream().map(String::trim).filter(e -> !e.isEmpty()).toList();
        if (given.isEmpty()) {
            throw new IllegalArgumentException(VARIABLE + " is empty but this service requires API keys; set "
                    + "SINOSCOPE_API_KEYS (comma-separated entries KEY or KEY:ROLE[+ROLE][@SOURCE|SOURCE]; a "
                    + "Kubernetes Secret in production)");
        }
        boolean legacy = given.stream().noneMatch(e -> e.contains(":"));
        List<ApiKeyGrant> grants = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ApiKeyGrant grant = legacy ? bareAdmin(given.get(i)) : withRoles(given.get(i), i + 1);
            for (ApiKeyGrant earlier : grants) {
                if (Arrays.equals(earlier.digest(), grant.digest())) {
                    throw malformed(i + 1, "the same key appears in an earlier entry; give each key one entry with "
                            + "all its roles (KEY:read+write@SOURCE)");
                }
            }
            grants.add(grant);
        }
        return List.copyOf(grants);
    }

    private static ApiKeyGrant bareAdmin(String key) {
        return new ApiKeyGrant(digest(key), expand(Set.of(Roles.ADMIN)), Set.of(ApiKeyGrant.EVERY_SOURCE));
    }

    private static ApiKeyGrant withRoles(String entry, int position) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw malformed(position, "it is a bare key, but other entries name roles; a bare key is an admin key "
                    + "only when every entry is bare. Write it as KEY:admin, KEY:read or KEY:write@SOURCE");
        }
        String key = entry.substring(0, colon).trim();
        if (key.isEmpty()) {
            throw malformed(position, "the key before ':' is empty");
        }
        String spec = entry.substring(colon + 1).trim();
        int at = spec.indexOf('@');
        String roleList = (at < 0 ? spec : spec.substring(0, at)).trim();
        Set<String> roles = new LinkedHashSet<>();
        for (String role : roleList.split("\\+", -1)) {
            String name = role.trim();
            if (!Roles.ALL.contains(name)) {
                throw malformed(position, name.isEmpty() ? "a role is missing after ':' or '+'"
                        : "'" + name + "' is not a role; the roles are read, write and admin");
            }
            roles.add(name);
        }
        Set<String> sources = at < 0 ? Set.of() : sources(spec.substring(at + 1), position);
        if (roles.contains(Roles.ADMIN)) {
            if (!sources.isEmpty()) {
                throw malformed(position, "an admin key writes every source; drop the '@...' part");
            }
            return new ApiKeyGrant(digest(key), expand(roles), Set.of(ApiKeyGrant.EVERY_SOURCE));
        }
        if (roles.contains(Roles.WRITE) && sources.isEmpty()) {
            throw malformed(position, "a write key must name the sources it owns: KEY:write@SOURCE[|SOURCE...], "
                    + "or KEY:write@* for every source");
        }
        if (!roles.contains(Roles.WRITE) && !sources.isEmpty()) {
            throw malformed(position, "'@' names the sources a key may write, but this key has no write role");
        }
        return new ApiKeyGrant(digest(key), Set.copyOf(roles), sources);
    }

    private static Set<String> sources(String list, int position) {
        Set<String> sources = new LinkedHashSet<>();
        for (String source : list.split("\\|", -1)) {
            String name = source.trim();
            if (name.isEmpty()) {
                throw malformed(position, "a source name after '@' or '|' is empty");
            }
            sources.add(name);
        }
        return sources.contains(ApiKeyGrant.EVERY_SOURCE) ? Set.of(ApiKeyGrant.EVERY_SOURCE) : Set.copyOf(sources);
    }

    /** admin implies read and write. */
    private static Set<String> expand(Set<String> roles) {
        return roles.contains(Roles.ADMIN) ? Roles.ALL : Set.copyOf(roles);
    }

    private static IllegalArgumentException malformed(int position, String why) {
        return new IllegalArgumentException("entry " + position + " of " + VARIABLE + " is malformed: " + why);
    }

    static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
