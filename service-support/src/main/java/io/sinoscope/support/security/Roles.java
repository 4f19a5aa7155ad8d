package io.sinoscope.support.security;

import java.util.Set;

/** The roles an API key can hold; {@code @RolesAllowed} on resources names them. */
public final class Roles {

    /** Operators' reads: jobs, dead letters, the pipeline, ingest statistics and article status at ingest. */
    public static final String READ = "read";
    /** Submitting articles, and retracting or overwriting those of the sources the key owns. */
    public static final String WRITE = "write";
    /** Reindex, republish, DLQ replay, any retraction; implies read, and write on every source. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(READ, WRITE, ADMIN);

    private Roles() {
    }
}
