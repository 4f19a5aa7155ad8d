package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v8 (unseen organisations and places in each region's forms, less-known officials,
 * place-headed firm names as decoys, strings that are no names; written before the unseen organisation and place
 * work; docs/quality.md, "Blind set v8"): prints {@code BLIND22V8} lines.
 */
class BlindSetV8EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v8", "BLIND22V8 ")) {
            evaluation.measure();
        }
    }
}
