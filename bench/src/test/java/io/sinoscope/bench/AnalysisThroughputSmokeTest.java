package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One short pass of the NLP benchmark over the demo corpus, so the driver keeps working; its figures are not looked
 * at. Loading the analyzer's dictionaries is most of its time (5–10 s), shared with {@code AnalysisStepsSmokeTest}.
 */
class AnalysisThroughputSmokeTest {

    @Test
    void aShortRunMeasuresThePipelineAndBothBaselines() throws Exception {
        var articles = AnalysisThroughput.articles(Path.of("../samples/corpus/articles.ndjson")).subList(0, 3);

        AnalysisThroughput.Round round = AnalysisThroughput.measure(articles, 0.2);

        assertTrue(round.pipeline().chars > 0 && round.raw().chars > 0 && round.rawNormalized().chars > 0);
        assertTrue(Double.isFinite(round.percentOfRaw()) && round.percentOfRaw() > 0, "" + round.percentOfRaw());
        assertTrue(round.articlesPerSecondOnTwoCores() > 0);
    }
}
