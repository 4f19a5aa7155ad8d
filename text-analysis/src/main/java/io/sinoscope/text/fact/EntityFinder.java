package io.sinoscope.text.fact;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds gazetteer names in a stretch of normalised text by plain string search, longest name
 * first, so facts can name the countries and other entities of their own sentence without
 * depending on the (separately evolving) entity linker. Only Han aliases of two or more
 * characters are used: single characters (美, 中) and Latin names are too ambiguous here.
 */
final class EntityFinder {

    record Hit(CanonicalEntity entity, int start, int end) {
    }

    private final List<Map.Entry<String, CanonicalEntity>> aliases;

    EntityFinder(Gazetteer gazetteer) {
        this.aliases = gazetteer.aliasForms().entrySet().stream()
                .filter(e -> e.getKey().length() >= 2 && e.getKey().codePoints().allMatch(EntityFinder::isHan))
                .sorted(Comparator.comparingInt((Map.Entry<String, CanonicalEntity> e) -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** Non-overlapping hits in {@code text[from, to)}, left to right. */
    List<Hit> find(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, CanonicalEntity> alias : aliases) {
            String name = alias.getKey();
            for (int at = text.indexOf(name, from); at >= 0 && at + name.length() <= to; at = text.indexOf(name, at + 1)) {
                int start = at;
                if (hits.stream().noneMatch(h -> start < h.end() && h.start() < start + name.length())) {
                    hits.add(new Hit(alias.getValue(), start, start + name.length()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
