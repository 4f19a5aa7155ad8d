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
     * Lines stored at the same time within one batch: overlaps database round trips and spreads cleaning over the
     * event loops. Results are still written in input order; lines with the same source and externalId never overlap.
     */
    @WithDefault("8")
    int concurrency();

    /** Characters in one line (one article); a longer line gets an error result, the batch goes on. */
    @WithDefault("4000000")
    int maxLineChars();
}
