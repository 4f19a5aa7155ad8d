package io.sinoscope.nlp.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "sinoscope.analysis")
public interface AnalysisConfig {

    /** Stamped on every enriched article as analyzerVersion. */
    String version();
}
