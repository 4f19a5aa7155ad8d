package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v7 (well-known entities in each region's own form, less-known foreign entities in several
 * spellings, English names, look-alike traps; written before the English-name and regional-spelling work;
 * docs/quality.md, "Blind set v7"): prints {@code BLIND22V7} lines.
 */
class BlindSetV7EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v7", "BLIND22V7 ")) {
            evaluation.measure();
        }
    }
}
