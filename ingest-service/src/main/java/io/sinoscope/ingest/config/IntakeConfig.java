package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long storing one article may take. */
@ConfigMapping(prefix = "sinoscope.intake")
public interface IntakeConfig {

    /**
     * Longest time from a submission's arrival to its stored answer (cleaning, duplicate lookup, insert, commit).
     * Past it the client gets a 503 with Retry-After instead of a connection held open while the database hangs.
     */
    @WithDefault("30s")
    Duration timeout();
}
