package io.sinoscope.ingest.intake;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's cleaning, publication-time and near-duplicate checks on the blind v4 set (docs/quality.md, "Blind set v4
 * for facts, region and cleaning"), written before the fifth cleaning round: prints {@code BLIND23V4} lines.
 */
class BlindCleaningV4Test {

    @Test
    void measuresCleaningPublicationTimeAndDuplicates() throws IOException {
        new BlindCleaningEvaluation("v4", Instant.parse("2026-12-06T00:00:00Z"), "BLIND23V4 ").measure();
    }
}
