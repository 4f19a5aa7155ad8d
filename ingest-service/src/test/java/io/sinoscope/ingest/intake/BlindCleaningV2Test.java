package io.sinoscope.ingest.intake;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's cleaning, publication-time and near-duplicate checks on the blind v2 set (docs/quality.md, "Blind set v2
 * for facts and cleaning"): prints {@code BLIND23} lines.
 */
class BlindCleaningV2Test {

    @Test
    void measuresCleaningPublicationTimeAndDuplicates() throws IOException {
        new BlindCleaningEvaluation("v2", Instant.parse("2026-04-05T00:00:00Z"), "BLIND23 ").measure();
    }
}
