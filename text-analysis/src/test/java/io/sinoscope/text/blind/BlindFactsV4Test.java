package io.sinoscope.text.blind;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's blind fact set v4 (docs/quality.md, "Blind set v4 for facts, region and cleaning"; README
 * {@code blind-facts4-README.md}), written before the fifth region and cleaning round: money, percent and count forms of
 * every region and the region of thin single sentences; prints {@code BLIND23V4} lines. Never tuned on.
 */
class BlindFactsV4Test {

    @Test
    void measuresFactsAndRegion() throws Exception {
        new BlindFactsEvaluation("v4", "BLIND23V4 ", Map.of("percent", 30, "money", 45, "quantity", 15)).measure();
    }
}
