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
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        // HanLP loads its recognition models on the first segmentation (seconds on a busy machine): paid here, so the
        // first article's time counts against sinoscope.analysis.deadline only for its own analysis.
        analyzer.analyze("新华社北京电，美国总统特朗普宣布对中国商品加征的关税由10%提高至25%。");
        return analyzer;
    }
}
