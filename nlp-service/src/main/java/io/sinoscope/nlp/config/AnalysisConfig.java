package io.sinoscope.nlp.config;

import io.smallrye.config.ConfigMapping;

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
}
