package io.sinoscope.nlp.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "sinoscope.analysis")
public interface AnalysisConfig {

    /** Stamped on every enriched article as analyzerVersion. */
    String version();

    /**
     * Longest article text analysed from articles.ingested, in characters. A longer one would hold its partition
     * (and a core) for many seconds and risk the heap, so it is dead-lettered instead; raising the limit and
     * replaying the DLQ brings it back.
     */
    int maxTextChars();

    /**
     * Longest time the analysis of one article from articles.ingested may take. Past it the analysis gives up
     * (checked cooperatively inside the analyzer) and the article is dead-lettered, so one pathological text cannot
     * hold its partition; SmallRye's throttled commit treats a record unprocessed for 60 s as fatal.
     */
    Duration deadline();
}
