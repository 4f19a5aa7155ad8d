package io.sinoscope.nlp.config;

import io.smallrye.config.ConfigMapping;

/** Limits of the open, synchronous POST /api/v1/analyze, which anyone may call without a key. */
@ConfigMapping(prefix = "sinoscope.analyze")
public interface AnalyzeEndpointConfig {

    /**
     * Analyses the endpoint runs at once; 0 means one per core. Analysis is CPU-bound, so more at once only
     * queues work behind the cores and starves the Kafka consumers of the same replica.
     */
    int maxConcurrent();

    /** Longest text the endpoint analyses, in characters; longer articles go through ingest-service. */
    int maxTextChars();
}
