package io.sinoscope.support.security;

import java.util.Set;

/**
 * What one configured API key may do: its roles, and for writing, the sources it owns.
 *
 * @param digest  SHA-256 of the key; the key itself is never kept
 * @param roles   as granted, admin already expanded to read and write
 * @param sources the sources it may write, {@link #EVERY_SOURCE} for all; empty for a key that writes nothing
 */
public record ApiKeyGrant(byte[] digest, Set<String> roles, Set<String> sources) {

    /** In {@link #sources}: the key owns every source (an admin key, or one configured with {@code @*}). */
    public static final String EVERY_SOURCE = "*";
}
