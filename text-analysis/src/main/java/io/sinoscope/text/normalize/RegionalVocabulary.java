package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Region;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites regional vocabulary and transliterations the HanLP/OpenCC script converters leave alone (隨身碟 → U盘,
 * 澳洲 → 澳大利亚, 雪梨 → 悉尼) to the mainland form. Two tables, both keyed by the term as it looks after script
 * conversion, with the mainland term and the regions the rule applies to ({@code ALL} or codes such as {@code TW,HK}):
 * {@value #OPENCC_TABLE}, generated from OpenCC's Taiwan and Hong Kong tables, and the project's own
 * {@value #TABLE} for what OpenCC lacks, which wins where both list a term (it keeps region limits OpenCC does not
 * know: on the mainland 雪梨 is a pear). Only the normalised text changes; the offset map keeps the original exact.
 */
public final class RegionalVocabulary {

    static final String TABLE = "regional-vocabulary-v1.tsv";
    static final String OPENCC_TABLE = "opencc-regional-v1.tsv";

    private record Rule(String target, Set<Region> regions) {
    }

    private final TermTrie<Rule> rules;

    private RegionalVocabulary(Map<String, Rule> rules) {
        this.rules = new TermTrie<>(rules);
    }

    public static RegionalVocabulary fromResources() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        read(OPENCC_TABLE, rules);
        Map<String, Rule> own = new LinkedHashMap<>();
        read(TABLE, own);
        rules.putAll(own);
        return new RegionalVocabulary(rules);
    }

    private static void read(String table, Map<String, Rule> rules) {
        for (String[] row : AnalyzerData.readTsv(table, 3)) {
            if (rules.put(row[0], new Rule(row[1], regions(row[2]))) != null) {
                throw new IllegalStateException(table + " lists " + row[0] + " twice");
            }
        }
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
        StringBuilder out = null;
        OffsetMap.Builder offsets = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            TermTrie.Match<Rule> match = rules.longestMatch(text, i, rule -> rule.regions().contains(region));
            if (match == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
                offsets = new OffsetMap.Builder(text.length());
            }
            if (i > copied) {
                out.append(text, copied, i);
                offsets.addRewritten(i - copied, copied, i);
            }
            String target = match.value().target();
            out.append(target);
            offsets.addRewritten(target.length(), i, i + match.length());
            i += match.length();
            copied = i;
        }
        if (out == null) {
            return Rewrite.unchanged(text);
        }
        if (copied < text.length()) {
            out.append(text, copied, text.length());
            offsets.addRewritten(text.length() - copied, copied, text.length());
        }
        return new Rewrite(out.toString(), offsets.build());
    }
}
