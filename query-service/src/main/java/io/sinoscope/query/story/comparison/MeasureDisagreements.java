package io.sinoscope.query.story.comparison;

import io.sinoscope.query.story.comparison.ComparisonInput.Measure;
import io.sinoscope.query.story.comparison.StoryComparison.Disagreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Numbers that disagree between regions: reports of one measure (same kind, imposer, target and product, the product
 * compared in the normalised script) whose from-rate, to-rate, value or effective date differ from one region to
 * another (the regions' sets of stated values are not all equal). A region that states no value for an attribute neither agrees nor disagrees. Measures naming no imposer,
 * target or product are not compared: nothing says they are one measure.
 */
final class MeasureDisagreements {

    private static final Map<String, Function<Measure, String>> ATTRIBUTES = new LinkedHashMap<>();

    static {
        ATTRIBUTES.put("from", m -> plain(m.from()));
        ATTRIBUTES.put("to", m -> plain(m.to()));
        // A tariff change's value is its to-rate: compared once, as "to".
        ATTRIBUTES.put("value", m -> m.to() == null ? plain(m.value()) : null);
        ATTRIBUTES.put("effectiveDate", Measure::effectiveDate);
    }

    private MeasureDisagreements() {
    }

    private record Key(String kind, String imposer, String target, String product) {
    }

    /** @param regionOf each report's region */
    static List<Disagreement> of(List<Measure> measures, Map<String, String> regionOf) {
        Map<Key, List<Measure>> byMeasure = new LinkedHashMap<>();
        for (Measure m : measures) {
            if (m.imposer() == null && m.target() == null && m.product() == null || !regionOf.containsKey(m.articleId())) {
                continue;
            }
            byMeasure.computeIfAbsent(new Key(m.kind(), m.imposer(), m.target(), m.product()), k -> new ArrayList<>())
                    .add(m);
        }
        List<Disagreement> found = new ArrayList<>();
        byMeasure.forEach((key, reports) -> ATTRIBUTES.forEach((attribute, read) -> {
            Map<String, Set<String>> values = new TreeMap<>(Regions.IN_ORDER);
            Set<String> articles = new LinkedHashSet<>();
            for (Measure m : reports) {
                String value = read.apply(m);
                if (value != null) {
                    values.computeIfAbsent(regionOf.get(m.articleId()), r -> new LinkedHashSet<>()).add(value);
                    articles.add(m.articleId());
                }
            }
            if (values.size() >= 2 && !allSame(values)) {
                Map<String, List<String>> stated = new LinkedHashMap<>();
                values.forEach((region, v) -> stated.put(region, List.copyOf(v)));
                found.add(new Disagreement(key.kind(), key.imposer(), key.target(), key.product(), attribute, stated,
                        List.copyOf(articles)));
            }
        }));
        return found;
    }

    /** Whether every region states the same values. */
    private static boolean allSame(Map<String, Set<String>> values) {
        Set<String> first = null;
        for (Set<String> v : values.values()) {
            if (first != null && !Objects.equals(first, v)) {
                return false;
            }
            first = v;
        }
        return true;
    }

    /** 20.0 → "20", 7.5 → "7.5": the number as a reader writes it, equal for equal values. */
    static String plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
