package io.sinoscope.text.blind;

/**
 * Blind trade-measure set v5 (issue 23; README {@code blind-trade-v5-README.md}), written before the third trade-measure
 * round (measures continued, capped or restored without a rate, review-policy export controls, lists named many ways):
 * the same scoring as v3, printed as {@code BLIND23T5} lines. Never tuned on.
 */
class BlindTradeMeasuresV5Test extends BlindTradeMeasuresV3Test {

    @Override
    String version() {
        return "v5";
    }

    @Override
    String prefix() {
        return "BLIND23T5";
    }
}
