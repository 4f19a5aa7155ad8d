package io.sinoscope.nlp.config;

import io.quarkus.runtime.Startup;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class TextAnalyzerProducer {

    /**
     * Loaded once at start (dictionaries, gazetteer, converters take seconds): the first article must not pay for
     * it, and a replica is only ready when it can analyse.
     */
    @Produces
    @Singleton
    @Startup
    TextAnalyzer textAnalyzer() {
        return TextAnalyzer.createDefault();
    }
}
