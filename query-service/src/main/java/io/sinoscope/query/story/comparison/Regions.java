package io.sinoscope.query.story.comparison;

import java.util.Comparator;
import java.util.List;

/** The regions a comparison is keyed by, in display order: mainland, Taiwan, Hong Kong, then anything else. */
final class Regions {

    static final String OTHER = "OTHER";
    private static final List<String> ORDER = List.of("CN", "TW", "HK", OTHER);
    static final Comparator<String> IN_ORDER = Comparator.comparingInt(Regions::rank).thenComparing(r -> r);

    private Regions() {
    }

    /** A report's region, OTHER when it has none. */
    static String of(String region) {
        return region == null || region.isBlank() ? OTHER : region;
    }

    private static int rank(String region) {
        int i = ORDER.indexOf(region);
        return i < 0 ? ORDER.size() : i;
    }
}
