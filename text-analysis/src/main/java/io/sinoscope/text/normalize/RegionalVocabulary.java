package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Region;
import io.sinoscope.text.resource.ResourceLines;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites regional place names and common vocabulary the OpenCC-derived converters leave alone
 * (澳洲 → 澳大利亚, 雪梨 → 悉尼) to the mainland form, from resource {@value #TABLE}: term after
 * script conversion, mainland term, regions the rule applies to ({@code ALL} or codes such as
 * {@code TW,HK}). Rules are region-limited where the term means something else elsewhere: on the
 * mainland 雪梨 is a pear. Person-name transliterations are deliberately absent; the gazetteer links
 * them instead, so the text keeps the name as the source wrote it.
 */
public final class RegionalVocabulary {

    static final String TABLE = "regional-vocabulary-v1.tsv";

    private record Rule(String target, Set<Region> regions) {
    }

    private final Map<String, Rule> rules;
    private final int longestTerm;
    /** Characters some term starts with: elsewhere no term can match, so no substring is looked up. */
    private final boolean[] startsTerm = new boolean[Character.MAX_VALUE + 1];

    private RegionalVocabulary(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
        this.longestTerm = rules.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String term : rules.keySet()) {
            if (!term.isEmpty()) {
                startsTerm[term.charAt(0)] = true;
            }
        }
    }

    public static RegionalVocabulary fromResources() {
        Map<String, Rule> rules = new HashMap<>();
        for (String[] row : ResourceLines.readTsv(TABLE, 3)) {
            if (rules.put(row[0], new Rule(row[1], regions(row[2]))) != null) {
                throw new IllegalStateException(TABLE + " lists " + row[0] + " twice");
            }
        }
        return new RegionalVocabulary(rules);
    }

    private static Set<Region> regions(String column) {
        if (column.equals("ALL")) {
            return EnumSet.allOf(Region.class);
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String code : column.split(",")) {
            regions.add(Region.fromCode(code.strip()));
        }
        return regions;
    }

    /** Replaces rule terms for {@code region}, longest match first, left to right. */
    public Rewrite apply(String text, Region region) {
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder offsets = new OffsetMap.Builder(text.length());
        int i = 0;
        while (i < text.length()) {
            Match match = longestMatch(text, i, region);
            if (match == null) {
                int next = i + 1;
                while (next < text.length() && !startsTerm[text.charAt(next)]) {
                    next++;
                }
                out.append(text, i, next);
                offsets.addRewritten(next - i, i, next);
                i = next;
            } else {
                out.append(match.target());
                offsets.addRewritten(match.target().length(), i, i + match.length());
                i += match.length();
            }
        }
        return new Rewrite(out.toString(), offsets.build());
    }

    private record Match(String target, int length) {
    }

    private Match longestMatch(String text, int from, Region region) {
        if (!startsTerm[text.charAt(from)]) {
            return null;
        }
        for (int length = Math.min(longestTerm, text.length() - from); length > 0; length--) {
            Rule rule = rules.get(text.substring(from, from + length));
            if (rule != null && rule.regions().contains(region)) {
                return new Match(rule.target(), length);
            }
        }
        return null;
    }
}
