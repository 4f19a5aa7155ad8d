package io.sinoscope.query.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** The embedded Lucene index ({@code sinoscope.index.*}); see application.properties for each knob. */
@ConfigMapping(prefix = "sinoscope.index")
public interface IndexConfig {

    /** Directory of the index files. */
    Path directory();

    /** Use a fresh temporary directory, deleted at shutdown, instead of {@link #directory()}. */
    @WithDefault("false")
    boolean ephemeral();

    /** How often newly indexed articles become searchable. */
    @WithDefault("0.5s")
    Duration refreshInterval();

    /** How often indexed changes are committed to disk. */
    @WithDefault("10s")
    Duration commitInterval();

    /** Articles read from PostgreSQL per page when the index is rebuilt. */
    @WithDefault("500")
    int rebuildBatchSize();
}
