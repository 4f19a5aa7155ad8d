package io.sinoscope.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the NDJSON batch door. */
@ConfigMapping(prefix = "sinoscope.batch")
public interface BatchConfig {

    /** Lines read from one batch request; the rest get one error line and are not read. */
    @WithDefault("1000000")
    int maxLines();

    /**
     * Consecutive lines stored in one transaction, with one multi-row INSERT: fewer round trips, transactions and
     * statements per article. A line that fails validation or cleaning fails alone; a group the database refuses is
     * stored again line by line, so one bad row fails only itself.
     */
    @WithDefault("50")
    int groupSize();

    /** Characters in one line (one article); a longer line gets an error result, the batch goes on. */
    @WithDefault("4000000")
    int maxLineChars();
}
