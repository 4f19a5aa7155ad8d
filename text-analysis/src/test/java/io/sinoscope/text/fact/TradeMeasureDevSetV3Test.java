package io.sinoscope.text.fact;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trade measures on the third development set {@code trade-measures-dev-v3.tsv}: the classes an independent set
 * reported missed after the second round (a duty continued, postponed, capped, restored or ended, concessions and
 * zero-tariff treatment; licence and review policies with no export word; sanctions lists the cues lacked and a bare
 * 制裁; bans on supply, sale or transfer to a country) and two attributes (parties inside long relative clauses,
 * effective dates after the verb). Prints {@code TRADE-MEASURES-DEV3} lines, per region too, and fails below the floors.
 */
class TradeMeasureDevSetV3Test {

    private static final String SET = "/io/sinoscope/text/fact/trade-measures-dev-v3.tsv";
    private static final Instant PUBLISHED = Instant.parse("2026-05-01T02:00:00Z");
    private static final List<String> ATTRIBUTES = List.of("imposing_country", "affected_country",
            "affected_entities", "goods", "status", "list", "effective_date");
    /** Floors, raised as the extractors improve, never lowered: measures found, every attribute right, decoys held. */
    private static final int REQUIRED_FOUND = 76;
    private static final int REQUIRED_CORRECT = 67;
    private static final int REQUIRED_DECOYS_HELD = 24;

    @Test
    void measuresOnTheThirdDevelopmentSet() throws Exception {
        List<TradeMeasureDevSet.Case> cases = TradeMeasureDevSet.read(SET, ATTRIBUTES);
        assertTrue(cases.stream().filter(c -> !c.kind().equals("none")).count() >= 60, "at least 60 measures");
        assertTrue(cases.stream().filter(c -> c.kind().equals("none")).count() >= 20, "at least 20 decoys");
        TradeMeasureDevSet.Score score = TradeMeasureDevSet.score(cases, ATTRIBUTES, PUBLISHED);
        TradeMeasureDevSet.print("TRADE-MEASURES-DEV3", score);
        assertTrue(score.found() >= REQUIRED_FOUND, "found regressed: " + score.found() + " < " + REQUIRED_FOUND);
        assertTrue(score.correct() >= REQUIRED_CORRECT,
                "measures regressed: " + score.correct() + " < " + REQUIRED_CORRECT);
        assertTrue(score.decoysHeld() >= REQUIRED_DECOYS_HELD,
                "decoys regressed: " + score.decoysHeld() + " < " + REQUIRED_DECOYS_HELD);
    }
}
