package io.sinoscope.query.story;

import java.util.HashSet;
import java.util.Set;

/**
 * Compares goods as outlets name them after normalisation: 电动汽车 and 电动车 are one product, 太阳能电池 another.
 * Outlets shorten and reorder compounds, so the measure is the share of the shorter name's Han characters the other
 * contains (the overlap coefficient), not exact equality.
 */
final class ProductNames {

    private ProductNames() {
    }

    static double overlap(String a, String b) {
        Set<Integer> left = hanCharacters(a);
        Set<Integer> right = hanCharacters(b);
        if (left.isEmpty() || right.isEmpty()) {
            return a.trim().equalsIgnoreCase(b.trim()) ? 1 : 0;
        }
        Set<Integer> shared = new HashSet<>(left);
        shared.retainAll(right);
        return (double) shared.size() / Math.min(left.size(), right.size());
    }

    private static Set<Integer> hanCharacters(String text) {
        Set<Integer> chars = new HashSet<>();
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(chars::add);
        return chars;
    }
}
