package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.segment.OrganisationSuffixes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@value #TARGET}: the words and endings that close an organisation's name (…公司, …协会, …部, …党), from the
 * field's own data rather than a hand list:
 * <ul>
 * <li>every word HanLP 1.8.6's custom dictionary (in the pinned hanlp-portable jar, Apache-2.0) marks with the
 * nature {@code nis} (institution: 公司, 株式会社, 港务局, 委员会, 电力公司 ...), except facilities ({@value
 * #FACILITY_ENDINGS}: 地铁站, 机场 are places);</li>
 * <li>endings of one to three characters that close at least {@value #MIN_NAMES} organisation names not already closed
 * by a longer kept ending, counted over HanLP's organisation words (natures {@code nt*} in its core and custom
 * dictionaries) and the organisation forms of the CC-CEDICT knowledge base ({@code knowledge-base-cedict-v1.tsv},
 * CC BY-SA 4.0); an ending must be a noun in HanLP's dictionary and, if one character, not a transliteration
 * character (…斯, …尔 close transliterated company names, not organisations in general);</li>
 * <li>the hand table {@value #HAND}: the linker's first hand list and company forms neither source has (add), and
 * endings that are frequent for another reason (drop: …族 of ethnic groups).</li>
 * </ul>
 * Checked by {@code OrganisationSuffixesTest}; {@code -Dsinoscope.orgsuffix.write=true} rewrites the resource.
 */
final class OrganisationSuffixGenerator {

    static final String TARGET = "src/main/resources/io/sinoscope/text/" + OrganisationSuffixes.RESOURCE;
    static final String HAND = "/io/sinoscope/text/entity/organisation-suffixes-hand-v1.tsv";
    static final String KNOWLEDGE_BASE = "src/main/resources/io/sinoscope/text/knowledge-base-cedict-v1.tsv";
    static final int MIN_NAMES = 12;
    static final int MAX_ENDING = 3;
    /** Last characters of institution words that are facilities, not bodies: stations, grounds and airports, ports. */
    static final String FACILITY_ENDINGS = "站场港";

    private OrganisationSuffixGenerator() {
    }

    static List<String> generate() throws IOException {
        CustomDictionary.contains("公司");
        CoreDictionary.contains("公司");
        Map<String, String> suffixes = new TreeMap<>();
        List<String> dictionaryWords = TransliterationCharactersGenerator.keys(CustomDictionary.DEFAULT.dat);
        Set<String> names = new TreeSet<>();
        int nis = 0;
        for (String word : dictionaryWords) {
            CoreDictionary.Attribute attribute = CustomDictionary.DEFAULT.dat.get(word);
            if (attribute == null) {
                continue;
            }
            for (Nature nature : attribute.nature) {
                String tag = nature.toString();
                if (tag.equals("nis") && word.length() >= 2 && isHan(word) && !facility(word)) {
                    suffixes.put(word, "hanlp-nis");
                    nis++;
                }
                if (tag.startsWith("nt") && isHan(word)) {
                    names.add(word);
                }
            }
        }
        for (String word : TransliterationCharactersGenerator.keys(CoreDictionary.trie)) {
            CoreDictionary.Attribute attribute = CoreDictionary.get(word);
            if (attribute != null && attribute.nature.length > 0 && isHan(word)) {
                for (Nature nature : attribute.nature) {
                    if (nature.toString().startsWith("nt")) {
                        names.add(word);
                    }
                }
            }
        }
        int hanlpNames = names.size();
        for (String line : Files.readAllLines(Path.of(KNOWLEDGE_BASE), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (!c[2].equals("ORGANIZATION")) {
                continue;
            }
            for (String form : (c[4] + "|" + c[5]).split("\\|")) {
                if (!form.isBlank() && isHan(form)) {
                    names.add(Gazetteer.fold(HanLP.t2s(form)));
                }
            }
        }
        TransliterationTable table = TransliterationTable.fromResources();
        Map<String, Integer> endings = new HashMap<>();
        List<String> open = new ArrayList<>();
        for (String name : names) {
            if (suffixes.containsKey(name)) {
                continue;
            }
            open.add(name);
        }
        for (int length = MAX_ENDING; length >= 1; length--) {
            endings.clear();
            for (String name : open) {
                if (name.length() > length + 1 && closedBy(name, suffixes) == null) {
                    endings.merge(name.substring(name.length() - length), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> ending : endings.entrySet()) {
                String e = ending.getKey();
                if (ending.getValue() >= MIN_NAMES && isNoun(e) && !(e.length() == 1 && table.extendable(e))
                        && !suffixes.containsKey(e)) {
                    suffixes.put(e, "names:" + ending.getValue());
                }
            }
        }
        for (String[] row : hand()) {
            switch (row[0]) {
                case "add" -> suffixes.merge(row[1], "hand", (was, hand) -> was + "+hand");
                case "drop" -> suffixes.remove(row[1]);
                default -> throw new IllegalStateException(HAND + ": unknown action " + row[0]);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Organisation suffixes, version 1 (generated by OrganisationSuffixGenerator; do not edit: edit");
        lines.add("# src/test/resources" + HAND + " or the generator and rerun with -Dsinoscope.orgsuffix.write=true).");
        lines.add("# Words and endings that close an organisation's name, mainland Simplified. Sources: HanLP 1.8.6's custom");
        lines.add("# dictionary, words of nature nis (" + nis + ", Apache-2.0); endings closing at least " + MIN_NAMES
                + " of " + names.size() + " organisation names");
        lines.add("# (" + hanlpNames + " HanLP nt words, the rest CC-CEDICT organisation forms of knowledge-base-cedict-v1.tsv,"
                + " CC BY-SA 4.0);");
        lines.add("# the hand table. Columns: suffix <TAB> source (hanlp-nis | names:<names it closes> | hand)");
        suffixes.forEach((suffix, source) -> lines.add(suffix + "\t" + source));
        return lines;
    }

    /**
     * HanLP's institution words include facilities, which are places: stations (地铁站, 加油站), grounds and airports
     * (商场, 机场, 农场) and ports. A name before them (尼亚美|机场) is a place's, not an organisation's.
     */
    private static boolean facility(String word) {
        return FACILITY_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /** The kept suffix that closes {@code name}, if any. */
    private static String closedBy(String name, Map<String, String> suffixes) {
        for (int length = Math.min(name.length() - 1, 8); length >= 1; length--) {
            String ending = name.substring(name.length() - length);
            if (suffixes.containsKey(ending)) {
                return ending;
            }
        }
        return null;
    }

    /** HanLP's dictionary has the word as a noun (n, ng, nis) or an abbreviation (j). */
    private static boolean isNoun(String word) {
        for (CoreDictionary.Attribute attribute : new CoreDictionary.Attribute[] {CoreDictionary.get(word),
                CustomDictionary.DEFAULT.dat.get(word)}) {
            if (attribute == null) {
                continue;
            }
            for (Nature nature : attribute.nature) {
                String tag = nature.toString();
                if (tag.equals("n") || tag.equals("ng") || tag.equals("nis") || tag.equals("j")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isHan(String word) {
        return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static List<String[]> hand() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OrganisationSuffixGenerator.class.getResourceAsStream(HAND)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
