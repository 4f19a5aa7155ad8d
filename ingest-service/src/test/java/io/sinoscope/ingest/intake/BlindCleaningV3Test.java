package io.sinoscope.ingest.intake;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's cleaning, publication-time and near-duplicate checks on the blind v3 set (docs/quality.md, "Blind set v3
 * for facts and cleaning"), written before the third cleaning round: prints {@code BLIND23V3} lines.
 */
class BlindCleaningV3Test {

    @Test
    void measuresCleaningPublicationTimeAndDuplicates() throws IOException {
        new BlindCleaningEvaluation("v3", Instant.parse("2027-01-05T00:00:00Z"), "BLIND23V3 ").measure();
    }
}
