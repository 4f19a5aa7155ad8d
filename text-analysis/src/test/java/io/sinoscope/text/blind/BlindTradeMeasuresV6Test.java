package io.sinoscope.text.blind;

/**
 * Blind trade-measure set v6 (issue 23; README {@code blind-trade-v6-README.md}), written before the fourth trade-measure
 * round (measures kept unchanged, firm-level and preferential rates, lists named in full, removals, licence regimes):
 * the same scoring as v3, printed as {@code BLIND23T6} lines. Never tuned on.
 */
class BlindTradeMeasuresV6Test extends BlindTradeMeasuresV3Test {

    @Override
    String version() {
        return "v6";
    }

    @Override
    String prefix() {
        return "BLIND23T6";
    }
}
