package io.sinoscope.text.blind;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's blind fact set v3 (docs/quality.md, "Blind set v3 for facts and cleaning"), written before the third
 * fact-form round: money in every region's currency names and number forms, percent forms, counts with units, region
 * of sentences and documents; prints {@code BLIND23V3} lines.
 */
class BlindFactsV3Test {

    @Test
    void measuresFactsAndRegion() throws Exception {
        new BlindFactsEvaluation("v3", "BLIND23V3 ", Map.of("percent", 30, "money", 45, "quantity", 15)).measure();
    }
}
