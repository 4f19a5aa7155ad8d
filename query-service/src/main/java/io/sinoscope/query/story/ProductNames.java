package io.sinoscope.query.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares goods as outlets name them after normalisation: 电动汽车 and 电动车 are one product, 太阳能电池 another.
 * Outlets shorten and reorder compounds, so the measure is the share of the shorter name's Han characters the other
 * contains (the overlap coefficient), not exact equality; and they list fewer of a measure's goods than another
 * outlet does, so two lists sharing an item are one product too.
 */
final class ProductNames {

    /**
     * Separators of goods lists: the enumeration comma, commas, slashes, the conjunctions 以及, 及, 和, 与, 或, and 等
     * before a summary word (镓、锗等关键矿产).
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,/；;]|以及|及|和|与|或|等");

    private ProductNames() {
    }

    /**
     * Whether two goods names are one product: their Han characters overlap by {@code overlap} or more, or one names an
     * item of the other's list (镓、锗等关键矿产 and 镓、锗、锑及超硬材料相关物项 share 镓: a report that lists fewer
     * of one measure's goods, or calls the rest by a summary word, still reports that measure). An item names another
     * when it is the other, or a part of it at least half as long (石墨负极材料 in 高纯度石墨负极材料, not 材料 in it).
     */
    static boolean same(String a, String b, double overlap) {
        if (overlap(a, b) >= overlap) {
            return true;
        }
        for (String left : items(a)) {
            for (String right : items(b)) {
                if (namesMostOf(left, right) || namesMostOf(right, left)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesMostOf(String part, String whole) {
        return whole.contains(part) && 2 * part.length() >= whole.length();
    }

    /** The items of a goods list (镓、锗、锑及超硬材料相关物项: 镓, 锗, 锑, 超硬材料相关物项), each with a Han character. */
    static List<String> items(String goods) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(goods)) {
            String plain = item.strip();
            if (!hanCharacters(plain).isEmpty()) {
                items.add(plain);
            }
        }
        return items;
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
