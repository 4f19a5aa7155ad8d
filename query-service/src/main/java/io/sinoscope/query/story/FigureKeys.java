package io.sinoscope.query.story;

import io.sinoscope.contracts.ExtractedFact;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures an article states, normalised so that two regions' ways of writing one figure give one key: the fact
 * extractors already read 0.5个百分点, 2碼 and 减息半厘 as 0.5 percentage point, 五成 as 50%, and 逾1兆 and 超过1万亿
 * as 10^12. Keys are {@code %:2.95} (a rate or share), {@code pp:0.5} (a change in percentage points), {@code
 * money:1000000000000} and {@code q:<unit>:5}. A money key ignores the currency: where the article does not name it
 * the extractor guesses it from the region, so one 新台币 amount is TWD in Taiwan and CNY on the mainland.
 */
final class FigureKeys {

    private static final MathContext SIGNIFICANT = new MathContext(4);

    private FigureKeys() {
    }

    static List<String> of(List<ExtractedFact> facts) {
        Set<String> keys = new LinkedHashSet<>();
        for (ExtractedFact fact : facts) {
            Map<String, Object> attributes = fact.attributes() == null ? Map.of() : fact.attributes();
            switch (fact.kind() == null ? "" : fact.kind()) {
                case "percent" -> {
                    String prefix = "percentage_point".equals(fact.unit()) ? "pp:" : "%:";
                    add(keys, prefix, fact.value());
                    add(keys, prefix, number(attributes.get("upper")));
                }
                case "tariff_change" -> {
                    add(keys, "%:", number(attributes.get("from")));
                    add(keys, "%:", number(attributes.get("to")));
                }
                case "money" -> add(keys, "money:", fact.value());
                case "quantity" -> add(keys, "q:" + (fact.unit() == null ? "" : fact.unit()) + ":", fact.value());
                default -> {
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The key of a percent figure, as {@link #of} writes it: a tariff's new rate against a story's figures. */
    static String percent(double value) {
        return key("%:", value);
    }

    private static void add(Set<String> keys, String prefix, Double value) {
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            keys.add(key(prefix, value));
        }
    }

    /** Four significant digits, so 12.50 and 12.5 (or 0.125 written two ways) are one figure. */
    private static String key(String prefix, double value) {
        return prefix + new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
