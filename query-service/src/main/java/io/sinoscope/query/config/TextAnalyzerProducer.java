package io.sinoscope.query.config;

import io.quarkus.runtime.Startup;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class TextAnalyzerProducer {

    /** Loaded once at start (dictionaries and gazetteer take seconds): the first query must not pay for it. */
    @Produces
    @Singleton
    @Startup
    TextAnalyzer textAnalyzer() {
        return TextAnalyzer.createDefault();
    }
}
