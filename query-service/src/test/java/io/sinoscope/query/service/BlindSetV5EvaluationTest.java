package io.sinoscope.query.service;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's blind name set v5 (recall of entities nobody listed: compound names, function-named government bodies,
 * local places and firms, cross-region spellings, with word-edge traps beside them; written before the compound-name
 * work; docs/quality.md, "Blind set v5"): prints {@code BLIND22V5} lines.
 */
class BlindSetV5EvaluationTest {

    @Test
    void measureTheBlindSet() throws IOException {
        try (BlindNamesEvaluation evaluation = new BlindNamesEvaluation("v5", "BLIND22V5 ")) {
            evaluation.measure();
        }
    }
}
