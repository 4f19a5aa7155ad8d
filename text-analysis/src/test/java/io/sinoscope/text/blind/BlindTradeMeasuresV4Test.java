package io.sinoscope.text.blind;

/**
 * Blind trade-measure set v4 (issue 23; README {@code blind-trade-v4-README.md}), written before the work on measures
 * without a rate, licensing-policy export controls and sanctions on persons and firms: the same scoring as v3, printed
 * as {@code BLIND23T4} lines. Never tuned on.
 */
class BlindTradeMeasuresV4Test extends BlindTradeMeasuresV3Test {

    @Override
    String version() {
        return "v4";
    }

    @Override
    String prefix() {
        return "BLIND23T4";
    }
}
