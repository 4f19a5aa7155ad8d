package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Region detection on single sentences with thin cues, {@value #DEV_SET}: Taiwan and Hong Kong sentences that name no
 * place of their region and carry no Cantonese particle, mainland sentences, and Singapore and Malaysia Simplified
 * sentences (OTHER). Prints the figures under {@code REGION THIN} and fails when any text reads as the wrong one of
 * mainland, Taiwan and Hong Kong (falling back to OTHER is a miss, naming the wrong region is an error downstream
 * defaults, a bare 元 or whose ministry, cannot recover from), when a mainland sentence moves, or below {@link #FLOOR}.
 */
class RegionThinCueDevSetTest {

    static final String DEV_SET = "src/test/resources/io/sinoscope/text/region/region-dev-v3.tsv";

    /** Right over the set after the regional-usage, locale-spelling and glyph cues (40/68); before them 35/68. */
    private static final int FLOOR = 40;

    @Test
    void noThinCueSentenceReadsAsTheWrongRegion() throws IOException {
        RegionDevSetScore score = RegionDevSetScore.score(DEV_SET, RegionDetector.fromResources());
        score.print("REGION THIN");
        assertEquals(0, score.wrongNamedRegion(), "texts read as the wrong one of CN, TW, HK");
        int[] mainland = score.perKindRegion.get("SENT CN");
        assertEquals(mainland[1], mainland[0], "every mainland sentence stays mainland");
        assertTrue(score.right() >= FLOOR, "right " + score.right() + " below " + FLOOR);
    }
}
