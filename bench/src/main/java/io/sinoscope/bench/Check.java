package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One measured figure against its target from the issues, as a driver's JSON result records it and the launcher's
 * summary prints it. A figure that could not be measured (NaN) never meets its target, nor does an infinite one (an
 * article never became searchable).
 *
 * @param atLeast true when the target is a floor (a rate), false when it is a ceiling (a latency, a memory size)
 */
record Check(String figure, double value, String unit, boolean atLeast, double target) {

    static Check atLeast(String figure, double value, double target, String unit) {
        return new Check(figure, value, unit, true, target);
    }

    static Check atMost(String figure, double value, double target, String unit) {
        return new Check(figure, value, unit, false, target);
    }

    boolean met() {
        return !Double.isNaN(value) && (atLeast ? value >= target : value <= target);
    }

    String targetText() {
        return (atLeast ? "≥ " : "≤ ") + number(target) + " " + unit;
    }

    String valueText() {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return Double.isInfinite(value) ? "never" : number(value) + " " + unit;
    }

    ObjectNode json(ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        node.put("figure", figure);
        // JSON has no NaN or infinity; valueText says which it was.
        if (Double.isFinite(value)) {
            node.put("value", value);
        } else {
            node.putNull("value");
        }
        node.put("valueText", valueText());
        node.put("unit", unit);
        node.put("target", targetText());
        node.put("atLeast", atLeast);
        node.put("targetValue", target);
        node.put("met", met());
        return node;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format("%,d", (long) value)
                : String.format("%,.2f", value);
    }
}
