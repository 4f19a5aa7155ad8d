package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How stored articles are relayed to {@code articles.ingested}. */
@ConfigMapping(prefix = "sinoscope.outbox")
public interface OutboxConfig {

    /** How often stored articles are looked for and published (the relay's Vert.x timer; any duration ≥ 1 ms). */
    Duration pollInterval();

    /** Most articles published per relay run; bounds the transaction that holds their row locks. */
    @WithDefault("200")
    int batchSize();

    /**
     * How often the backlog gauges ({@code sinoscope_ingest_outbox_backlog}, {@code ..._oldest_age_seconds}) are
     * counted again; a scrape reads the last count and never queries the database.
     */
    @WithDefault("15s")
    Duration metricsRefresh();
}
