package io.sinoscope.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Watches and their webhook deliveries ({@code sinoscope.watch.*}; README "Watches", docs/operations.md). */
@ConfigMapping(prefix = "sinoscope.watch")
public interface WatchConfig {

    /** How often a replica reads the watches again (other replicas' changes, new aliases of watched entities). */
    @WithDefault("30s")
    Duration refreshEvery();

    /** Most watches one API key may own. */
    @WithDefault("1000")
    int maxPerKey();

    /**
     * Whether webhook URLs may resolve to loopback, link-local, private, unique-local or multicast addresses. False in
     * production: a watch must not make this service call into its own network.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
