package io.sinoscope.text.blind;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's blind fact set v2 (docs/quality.md, "Blind set v2 for facts and cleaning"): facts per kind, tariff roles,
 * region of sentences and documents; prints {@code BLIND23} lines.
 */
class BlindFactsV2Test {

    @Test
    void measuresFactsRolesAndRegion() throws Exception {
        new BlindFactsEvaluation("v2", "BLIND23 ",
                Map.of("tariff_change", 12, "percent", 10, "money", 12, "quantity", 8)).measure();
    }
}
