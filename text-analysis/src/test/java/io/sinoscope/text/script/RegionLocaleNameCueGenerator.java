package io.sinoscope.text.script;

import io.sinoscope.text.Region;
import io.sinoscope.text.normalize.OpenCcRegionalGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives {@code region-cues-cldr-v1.tsv}, Taiwan and Hong Kong spellings of currencies and countries, for
 * {@link RegionDetector} from the project's own CLDR-derived tables: {@code currencies-v3.tsv} (currency display
 * names and their short forms) and {@code currency-countries-v1.tsv} (territory names), whose source column says which
 * of CLDR's locales zh (mainland), zh-Hant (Taiwan) and zh-Hant-HK (Hong Kong) writes each form. A form written by
 * exactly one of the two Traditional locales tells Taiwan from Hong Kong in Traditional text: 紐西蘭, 奈及利亞, 披索 are
 * zh-Hant's; 新西蘭, 尼日利亞, 意大利 are zh-Hant-HK's (whether or not zh shares it). Kept when it has at least
 * {@value #MIN_LENGTH} characters, is neither a form of the other Traditional locale nor part of one, and no earlier
 * cue list carries it; counted in Traditional text only,
 * weight 1 like a transliterated name from OpenCC. Hand rows (source {@code hand}) are editorial and carry no locale,
 * so they are not read.
 *
 * <p>Run by {@code RegionLocaleNameCueTableTest}; rewrite the resource with
 * {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionLocaleNameCueTableTest -Dsinoscope.cldr.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class RegionLocaleNameCueGenerator {

    private static final String DATA = "src/main/resources/io/sinoscope/text/";
    static final String TARGET = DATA + RegionDetector.CLDR_CUES;
    /** Input files and the column holding each row's source (cldr:zh+zh-Hant, short:zh-Hant-HK, hand). */
    private static final Map<String, Integer> INPUTS = Map.of("currencies-v3.tsv", 3, "currency-countries-v1.tsv", 3);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /**
     * Two-character forms are colloquial currency names (港幣, 加幣, 澳幣) that CLDR gives one locale but both regions
     * write, or short names shared across the region (科朗, 瑞爾): no cue.
     */
    private static final int MIN_LENGTH = 3;
    private static final List<String> EARLIER_LISTS = List.of(RegionDetector.CUES, RegionDetector.CONVENTIONS,
            RegionDetector.OPENCC_CUES, RegionDetector.CEDICT_CUES, RegionDetector.SENSE_CUES);

    static List<String> generate() {
        Map<Region, Set<String>> forms = new LinkedHashMap<>();
        forms.put(Region.TAIWAN, new LinkedHashSet<>());
        forms.put(Region.HONG_KONG, new LinkedHashSet<>());
        for (String file : INPUTS.keySet().stream().sorted().toList()) {
            for (String line : OpenCcRegionalGenerator.lines(Path.of(DATA + file))) {
                String[] columns = line.split("\t");
                int sourceColumn = INPUTS.get(file);
                if (columns.length <= sourceColumn || !columns[sourceColumn].contains(":")) {
                    continue;
                }
                Set<String> locales = Set.of(columns[sourceColumn].substring(columns[sourceColumn].indexOf(':') + 1)
                        .split("\\+"));
                if (locales.contains("zh-Hant")) {
                    forms.get(Region.TAIWAN).add(columns[0]);
                }
                if (locales.contains("zh-Hant-HK")) {
                    forms.get(Region.HONG_KONG).add(columns[0]);
                }
            }
        }
        Set<String> listed = listed();
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (Region region : forms.keySet()) {
            Set<String> other = forms.get(region == Region.TAIWAN ? Region.HONG_KONG : Region.TAIWAN);
            for (String form : forms.get(region)) {
                if (other.contains(form)) {
                    continue;
                }
                boolean keep = form.codePointCount(0, form.length()) >= MIN_LENGTH && HAN.matcher(form).find()
                        && other.stream().noneMatch(word -> word.contains(form)) && !listed.contains(form);
                if (keep) {
                    kept.add(region.code() + "\t" + form + "\t1\tTRADITIONAL");
                } else {
                    dropped++;
                }
            }
        }
        List<String> out = new ArrayList<>(header(kept.size(), dropped));
        out.addAll(kept);
        return out;
    }

    /** Forms an earlier cue list carries for any region: for its own region it counts already, for another it decided. */
    private static Set<String> listed() {
        return OpenCcRegionalGenerator.cueWords(EARLIER_LISTS);
    }

    private static List<String> header(int kept, int dropped) {
        List<String> header = new ArrayList<>();
        header.add("# Taiwan and Hong Kong spellings of currencies and countries from CLDR, version 1. GENERATED: do not");
        header.add("#   edit; see RegionLocaleNameCueGenerator.");
        header.add("# Source: the project's currencies-v3.tsv and currency-countries-v1.tsv (Unicode CLDR 48, locales zh,");
        header.add("#   zh-Hant, zh-Hant-HK; licence Unicode-3.0), their rows with a CLDR source column.");
        header.add("# Regenerate: ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionLocaleNameCueTableTest"
                + " -Dsinoscope.cldr.write=true -Dsurefire.failIfNoSpecifiedTests=false");
        header.add("# Columns: region code (TW: a zh-Hant form, HK: a zh-Hant-HK form) <TAB> form <TAB> weight <TAB> scope.");
        header.add("# Kept: forms of one Traditional locale only, of " + MIN_LENGTH + " characters or more, not part of a form of the");
        header.add("#   other Traditional locale, in no earlier cue list (" + String.join(", ", EARLIER_LISTS.subList(0, 3)) + ",");
        header.add("#   " + String.join(", ", EARLIER_LISTS.subList(3, EARLIER_LISTS.size())) + "). Counted in Traditional text only.");
        header.add("# " + kept + " cues kept; " + dropped + " one-locale forms dropped.");
        return header;
    }

    private RegionLocaleNameCueGenerator() {
    }
}
