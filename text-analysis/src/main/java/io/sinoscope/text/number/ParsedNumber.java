package io.sinoscope.text.number;

/**
 * A number found in text, {@code [start, end)} of the text it was parsed from.
 *
 * @param value       the (lower) value, multipliers applied: 1.3万 → 13000
 * @param upper       the upper end of a range (3至5万 → 50000), or null
 * @param qualifier   the approximation cue as written (约, 逾, 近, 多 …), or null when exact
 */
public record ParsedNumber(String text, int start, int end, double value, Double upper, String qualifier) {

    public boolean approximate() {
        return qualifier != null;
    }

    public boolean isRange() {
        return upper != null;
    }
}
