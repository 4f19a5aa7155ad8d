package io.sinoscope.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.support.problem.ProblemException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sources a caller may write: submit articles for, overwrite and retract. Built from the caller's identity at the
 * HTTP edge and handed to the services, which check it against the article's own source.
 */
public final class SourceGrant {

    /** Identity attribute: the {@code Set<String>} of sources the key owns ({@link ApiKeyGrant#EVERY_SOURCE}: all). */
    public static final String SOURCES_ATTRIBUTE = "sinoscope.sources";

    private final Set<String> sources;
    private final boolean admin;

    private SourceGrant(Set<String> sources, boolean admin) {
        this.sources = sources;
        this.admin = admin;
    }

    public static SourceGrant of(SecurityIdentity identity) {
        Set<String> sources = identity.getAttribute(SOURCES_ATTRIBUTE);
        return new SourceGrant(sources == null ? Set.of() : sources, identity.hasRole(Roles.ADMIN));
    }

    /** Whether the caller may write articles of {@code source}. */
    public boolean covers(String source) {
        return admin || sources.contains(ApiKeyGrant.EVERY_SOURCE) || (source != null && sources.contains(source));
    }

    /** Whether the caller is an admin, who may retract any article. */
    public boolean admin() {
        return admin;
    }

    /**
     * @param action what the caller tried, e.g. "submit articles for", for the detail
     * @throws ProblemException 403 naming the source and what the key owns
     */
    public void require(String source, String action) {
        if (!covers(source)) {
            throw ProblemException.forbidden("this API key may not " + action + " source '" + source + "': it owns "
                    + (sources.isEmpty() ? "no source" : "only " + String.join(", ", new TreeSet<>(sources)))
                    + ". Use a key configured as KEY:write@" + source + ", or an admin key");
        }
    }
}
