package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v3 (organisation-heavy, written before the unseen-organisation work; docs/quality.md,
 * "Blind set v3"): prints {@code BLIND22V3} lines.
 */
class BlindSetV3EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v3", "BLIND22V3 ")) {
            evaluation.measure();
        }
    }
}
