package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v4 (word-edge precision: short names inside longer words and names, written before the
 * linker's word-edge work; docs/quality.md, "Blind set v4"): prints {@code BLIND22V4} lines.
 */
class BlindSetV4EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v4", "BLIND22V4 ")) {
            evaluation.measure();
        }
    }
}
