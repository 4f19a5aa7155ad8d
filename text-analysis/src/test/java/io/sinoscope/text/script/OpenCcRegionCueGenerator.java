package io.sinoscope.text.script;

import io.sinoscope.text.normalize.OpenCcRegionalGenerator;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives {@code region-cues-opencc-v1.tsv}, Taiwan and Hong Kong cue words for {@link RegionDetector}, from OpenCC's
 * regional tables pinned in {@value #SOURCE}. A regional form of a pair (standard Traditional → regional form) is
 * evidence for its region only where the other region does not write it too, so a form is kept only when:
 * <ul>
 *   <li>the other region's table does not give it as well (伺服器, 滑鼠, 搜尋 are both the TW and the HK value);</li>
 *   <li>it is not itself a standard form, a key of any OpenCC table (standard text, Hong Kong's included, writes it);</li>
 *   <li>it is not a word of HanLP's mainland core dictionary once simplified (序列, 品質, 資料 are ordinary words
 *       with their own meaning, not the region's choice of term); transliterated names (a middle dot) are exempt;</li>
 *   <li>it is longer than one character, or, for the variant glyph tables, a Hong Kong glyph (綫 説 衞) that is not
 *       a Simplified form (TSCharacters' values: 户 兑 悦), not the standard glyph of a variant pair itself (煙, kept
 *       as its own key), and that Taiwan's glyph table does not share (為 眾 are both regions' glyphs); glyphs that
 *       Taiwan writes in ordinary text all the same (濕, 化粧品) are in the exclusion list;</li>
 *   <li>it is not part of a longer standard form or of the other region's form (尼日 in 尼日利亞, 厄瓜多 in
 *       厄瓜多爾: Hong Kong text writes those);</li>
 *   <li>the hand list {@value RegionDetector#CUES} does not already carry it (it would count twice), nor the reviewed
 *       exclusion list {@value #EXCLUSIONS} (Taiwan forms in ordinary Hong Kong use too: 檢視, 登入, 釋出).</li>
 * </ul>
 * Taiwan's glyphs (TWVariants: 為 眾 裡 著 床 群) are Hong Kong's too or characters Hong Kong text also writes, so none
 * is taken.
 *
 * <p>Weights: a phrase tips a balance (0.5), a transliterated name or a Hong Kong glyph counts 1. The detector applies
 * these cues to Traditional text only, so mainland detection of Simplified text is untouched.
 *
 * <p>Run by {@code OpenCcRegionCueTableTest}; rewrite the resource with
 * {@code ./mvnw -q -pl text-analysis test -Dtest=OpenCcRegionCueTableTest -Dsinoscope.opencc.write=true}.
 */
final class OpenCcRegionCueGenerator {

    static final String SOURCE = OpenCcRegionalGenerator.SOURCE;
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + RegionDetector.OPENCC_CUES;
    private static final String HAND_LIST = "src/main/resources/io/sinoscope/text/" + RegionDetector.CUES;
    static final String EXCLUSIONS = "src/test/resources/io/sinoscope/text/region-cues-opencc-exclusions-v1.txt";

    private record Cue(String region, String word, String weight, String source) {
    }

    static List<String> generate() {
        Map<String, String> twPhrases = pairs("TWPhrases.txt");
        Map<String, String> hkPhrases = pairs("HKPhrases.txt");
        Map<String, String> twVariants = pairs("TWVariants.txt");
        Map<String, String> hkVariants = pairs("HKVariants.txt");
        Set<String> standard = new LinkedHashSet<>();
        for (String file : List.of("TWPhrases.txt", "HKPhrases.txt", "TSPhrases.txt", "TSCharacters.txt",
                "TWVariants.txt", "HKVariants.txt")) {
            for (String[] columns : rows(file)) {
                standard.add(columns[0]);
            }
        }
        Set<String> simplified = new LinkedHashSet<>();
        for (String[] columns : rows("TSCharacters.txt")) {
            simplified.addAll(List.of(columns[1].split(" ")));
        }
        Set<String> variantKeys = new LinkedHashSet<>();
        for (String file : List.of("TWVariants.txt", "HKVariants.txt")) {
            for (String[] columns : rows(file)) {
                variantKeys.add(columns[0]);
            }
        }
        Set<String> notCues = handList();
        notCues.addAll(OpenCcRegionalGenerator.lines(Path.of(EXCLUSIONS)));
        Set<String> longer = new LinkedHashSet<>(standard);
        longer.addAll(twPhrases.keySet());
        longer.addAll(hkPhrases.keySet());
        Map<String, Cue> cues = new LinkedHashMap<>();
        int[] dropped = new int[1];
        phraseCues("TW", "TWPhrases.txt", twPhrases, hkPhrases, standard, longer, notCues, cues, dropped);
        phraseCues("HK", "HKPhrases.txt", hkPhrases, twPhrases, standard, longer, notCues, cues, dropped);
        hkVariants.forEach((glyph, key) -> {
            boolean kept = glyph.codePointCount(0, glyph.length()) == 1 && !twVariants.containsKey(glyph)
                    && !simplified.contains(glyph) && !variantKeys.contains(glyph) && !notCues.contains(glyph);
            if (kept) {
                cues.putIfAbsent(glyph, new Cue("HK", glyph, "1", "HKVariants.txt:" + key + ">" + glyph));
            } else {
                dropped[0]++;
            }
        });
        List<String> out = new ArrayList<>(header(cues.size(), dropped[0]));
        cues.values().forEach(cue -> out.add(cue.region() + "\t" + cue.word() + "\t" + cue.weight() + "\t"
                + cue.source()));
        return out;
    }

    private static void phraseCues(String region, String file, Map<String, String> own, Map<String, String> other,
                                   Set<String> standard, Set<String> longer, Set<String> notCues,
                                   Map<String, Cue> cues, int[] dropped) {
        own.forEach((form, key) -> {
            boolean name = form.indexOf('·') >= 0;
            boolean kept = form.codePointCount(0, form.length()) > 1 && !other.containsKey(form)
                    && !standard.contains(form) && !notCues.contains(form)
                    && (name || !CoreDictionary.contains(HanLP.t2s(form)))
                    && longer.stream().noneMatch(word -> word.length() > form.length() && word.contains(form)
                        && !own.containsKey(word));
            if (kept) {
                cues.putIfAbsent(form, new Cue(region, form, name ? "1" : "0.5", file + ":" + key + ">" + form));
            } else {
                dropped[0]++;
            }
        });
    }

    /** Every regional form of {@code file} that differs from its key, mapped to its (first) key. */
    private static Map<String, String> pairs(String file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (OpenCcRegionalGenerator.Pair pair : OpenCcRegionalGenerator.pairs(file)) {
            pairs.putIfAbsent(pair.regional(), pair.standard());
        }
        return pairs;
    }

    private static List<String[]> rows(String file) {
        return OpenCcRegionalGenerator.lines(Path.of(SOURCE + file)).stream().map(line -> line.split("\t"))
                .toList();
    }

    private static Set<String> handList() {
        Set<String> words = new LinkedHashSet<>();
        for (String line : OpenCcRegionalGenerator.lines(Path.of(HAND_LIST))) {
            words.add(line.split("\t")[1]);
        }
        return words;
    }

    private static List<String> header(int cues, int dropped) {
        List<String> header = new ArrayList<>();
        header.add("# Region cue words from OpenCC, version 1. GENERATED: do not edit; see OpenCcRegionCueGenerator.");
        header.add("# Source: npm opencc@1.4.2 (https://github.com/BYVoid/OpenCC), data/dictionary/, Apache-2.0,");
        header.add("# copy and licence in text-analysis/" + SOURCE + ", attribution in NOTICE.");
        for (String file : new String[] {"TWPhrases.txt", "HKPhrases.txt", "TWVariants.txt", "HKVariants.txt",
                "TSPhrases.txt", "TSCharacters.txt"}) {
            header.add("#   " + file + " sha256 " + OpenCcRegionalGenerator.sha256(Path.of(SOURCE + file)));
        }
        header.add("# Regenerate: ./mvnw -q -pl text-analysis test -Dtest=OpenCcRegionCueTableTest -Dsinoscope.opencc.write=true");
        header.add("# Columns: region code (TW, HK) <TAB> cue as written in that region's Traditional text <TAB> weight");
        header.add("#   <TAB> OpenCC table:standard>regional it comes from. Read beside " + RegionDetector.CUES
                + ", for Traditional text only.");
        header.add("# Kept: forms the other region's table does not give, that are no standard (key) form, no mainland");
        header.add("#   core-dictionary word once simplified (names exempt), no part of a longer standard or other-region");
        header.add("#   form, not in the hand list nor in the reviewed exclusions (test resource region-cues-opencc-");
        header.add("#   exclusions-v1.txt: Taiwan forms in ordinary Hong Kong use too); Hong Kong glyphs that");
        header.add("#   are neither Simplified nor standard Traditional characters nor Taiwan's. Phrases 0.5, names and");
        header.add("#   glyphs 1.");
        header.add("# " + cues + " cues kept; " + dropped + " regional forms dropped.");
        return header;
    }

    private OpenCcRegionCueGenerator() {
    }
}
