package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v6 (one entity, several spellings: foreign people, places and firms nobody listed, in each
 * region's transliteration, with look-alike traps; written before the transliteration-key work; docs/quality.md,
 * "Blind set v6"): prints {@code BLIND22V6} lines.
 */
class BlindSetV6EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v6", "BLIND22V6 ")) {
            evaluation.measure();
        }
    }
}
