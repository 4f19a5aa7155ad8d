package io.sinoscope.text.fact;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trade measures on the second development set {@code trade-measures-dev-v2.tsv} (the classes an independent set
 * reported missed: rateless tariffs, surtaxes, licensing policies, sanctions on persons and firms, entity lists,
 * objections, goods and entity lists), through the whole pipeline. Per kind: recall (measure sentences where a stated
 * fact of that kind is found) and precision (of the sentences, decoys included, where one is found, those that state
 * one); for found measures, each attribute (imposer, target, entities, goods, status, list); per class, how many were
 * found. Prints {@code TRADE-MEASURES-DEV2} lines with the figures and every miss, and fails below the floors.
 */
class TradeMeasureDevSetV2Test {

    private static final String SET = "/io/sinoscope/text/fact/trade-measures-dev-v2.tsv";
    private static final Instant PUBLISHED = Instant.parse("2026-05-01T02:00:00Z");
    private static final List<String> ATTRIBUTES = List.of("imposing_country", "affected_country",
            "affected_entities", "goods", "status", "list");
    /** Floors, raised as the extractors improve, never lowered: measures found, every attribute right, decoys held. */
    private static final int REQUIRED_FOUND = 84;
    private static final int REQUIRED_CORRECT = 78;
    private static final int REQUIRED_DECOYS_HELD = 27;

    @Test
    void measuresOnTheSecondDevelopmentSet() throws Exception {
        List<TradeMeasureDevSet.Case> cases = TradeMeasureDevSet.read(SET, ATTRIBUTES);
        assertTrue(cases.stream().filter(c -> !c.kind().equals("none")).count() >= 80, "at least 80 measures");
        assertTrue(cases.stream().filter(c -> c.kind().equals("none")).count() >= 25, "at least 25 decoys");
        TradeMeasureDevSet.Score score = TradeMeasureDevSet.score(cases, ATTRIBUTES, PUBLISHED);
        TradeMeasureDevSet.print("TRADE-MEASURES-DEV2", score);
        assertTrue(score.found() >= REQUIRED_FOUND, "found regressed: " + score.found() + " < " + REQUIRED_FOUND);
        assertTrue(score.correct() >= REQUIRED_CORRECT,
                "measures regressed: " + score.correct() + " < " + REQUIRED_CORRECT);
        assertTrue(score.decoysHeld() >= REQUIRED_DECOYS_HELD,
                "decoys regressed: " + score.decoysHeld() + " < " + REQUIRED_DECOYS_HELD);
    }
}
