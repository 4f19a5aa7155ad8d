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

    /** How often an open stream (GET /api/v1/watches/{id}/stream) reads the watch's new notices. */
    @WithDefault("1s")
    Duration streamInterval();

    /** Most watches one API key may own. */
    @WithDefault("1000")
    int maxPerKey();

    /**
     * Whether webhook URLs may resolve to loopback, link-local, private, unique-local or multicast addresses. False in
     * production: a watch must not make this service call into its own network.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    Delivery delivery();

    Digest digest();

    /** Daily digests ({@code sinoscope.watch.digest.*}). */
    interface Digest {

        /** How often a replica looks for daily digests due (each is sent within this of its time). */
        @WithDefault("1m")
        Duration checkEvery();

        /** Most notices one digest lists (GET .../digest and a daily digest's body); the rest are counted as cut. */
        @WithDefault("1000")
        int maxNotices();
    }

    /** Webhook deliveries ({@code sinoscope.watch.delivery.*}). */
    interface Delivery {

        /** How often the relay looks for notices due. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Notices claimed and sent (concurrently) per round. */
        @WithDefault("50")
        int batchSize();

        /** Longest wait for a receiver's answer, connecting included. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * How long a claimed notice is left to its sender before another round (any replica) may claim it again: a
         * sender that died mid-send is replaced after this. Longer than the timeout.
         */
        @WithDefault("2m")
        Duration lease();

        /** Upper bound of the wait before the first retry; each retry doubles it, full jitter. */
        @WithDefault("30s")
        Duration firstRetry();

        /** The bound of the wait between two attempts stops doubling here. */
        @WithDefault("1h")
        Duration maxRetryDelay();

        /** How long after it was due a notice is retried; past it the notice is dead (the watch's dead letter). */
        @WithDefault("24h")
        Duration horizon();

        /**
         * How often the delivery gauges ({@code sinoscope_watch_deliveries_pending},
         * {@code sinoscope_watch_oldest_pending_age_seconds}) are counted again; a scrape reads the last count.
         */
        @WithDefault("15s")
        Duration metricsRefresh();
    }
}
