package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Issue 22's blind name set v2 (docs/quality.md, "Blind set v2"): prints {@code BLIND22} lines. */
class BlindSetV2EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v2", "BLIND22 ")) {
            evaluation.measure();
        }
    }
}
