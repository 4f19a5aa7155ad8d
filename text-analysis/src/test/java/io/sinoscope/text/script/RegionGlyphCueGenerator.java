package io.sinoscope.text.script;

import io.sinoscope.text.normalize.OpenCcRegionalGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives {@code region-glyphs-opencc-v1.tsv}, the glyph preferences of Taiwan's and Hong Kong's Traditional, for
 * {@link RegionDetector} from OpenCC's variant tables (TWVariants, HKVariants: OpenCC's standard character → each
 * region's glyph). For a character whose two regional glyphs differ, each region's glyph is evidence for it, once the
 * other region's table does not also give it:
 * <ul>
 *   <li>Taiwan's glyphs that are neither a Simplified character (峰, 床: nothing about Taiwan in Traditional text) nor
 *       a Traditional character in its own right, one TSCharacters simplifies (參 of 參加, 洩 of 洩漏: every region
 *       writes them): 簷, 痺, 睪;</li>
 *   <li>Hong Kong's glyphs that are Simplified characters (温, 税, 户, 脱, 悦, 兑): Hong Kong's character standard
 *       writes them where Taiwan writes 溫, 稅, 戶. {@code region-cues-opencc-v1.tsv} already holds Hong Kong's glyphs
 *       that are not (説, 衞, 綫); these it left out, and they count only in Traditional-leaning text, where they
 *       are no Simplified writing;</li>
 *   <li>not in the reviewed exclusions {@value #EXCLUSIONS} (台, 著: ordinary characters of the other region too), nor
 *       already a cue of the hand lists.</li>
 * </ul>
 * Weight {@value #WEIGHT}, a glyph of one region's standard: it decides alone only when nothing speaks for the other
 * region ({@link RegionDetector#ONE_SIDED_EVIDENCE}). Counted in Traditional text only.
 *
 * <p>Run by {@code RegionGlyphCueTableTest}; rewrite the resource with
 * {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionGlyphCueTableTest -Dsinoscope.glyphs.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
final class RegionGlyphCueGenerator {

    static final String SOURCE = OpenCcRegionalGenerator.SOURCE;
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + RegionDetector.GLYPH_CUES;
    static final String EXCLUSIONS = "src/test/resources/io/sinoscope/text/region-glyphs-exclusions-v1.txt";
    static final String WEIGHT = "0.4";
    private static final List<String> EARLIER_LISTS = List.of(RegionDetector.CUES, RegionDetector.CONVENTIONS,
            RegionDetector.OPENCC_CUES);

    static List<String> generate() {
        Map<String, List<String>> taiwan = variants("TWVariants.txt");
        Map<String, List<String>> hongKong = variants("HKVariants.txt");
        Set<String> simplified = new LinkedHashSet<>();
        Set<String> traditionalInOwnRight = new LinkedHashSet<>();
        for (String line : OpenCcRegionalGenerator.lines(Path.of(SOURCE + "TSCharacters.txt"))) {
            String[] columns = line.split("\t");
            traditionalInOwnRight.add(columns[0]);
            simplified.addAll(List.of(columns[1].split(" ")));
        }
        Set<String> notCues = new LinkedHashSet<>(OpenCcRegionalGenerator.lines(Path.of(EXCLUSIONS)));
        notCues.addAll(listed());
        Set<String> keys = new LinkedHashSet<>(taiwan.keySet());
        keys.addAll(hongKong.keySet());
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String standard : keys) {
            List<String> tw = taiwan.getOrDefault(standard, List.of(standard));
            List<String> hk = hongKong.getOrDefault(standard, List.of(standard));
            String twGlyph = tw.get(0);
            String hkGlyph = hk.get(0);
            if (twGlyph.equals(hkGlyph)) {
                continue;
            }
            if (!twGlyph.equals(standard) && !hk.contains(twGlyph) && !simplified.contains(twGlyph)
                    && !traditionalInOwnRight.contains(twGlyph)) {
                if (notCues.contains(twGlyph)) {
                    dropped++;
                } else {
                    kept.add("TW\t" + twGlyph + "\t" + WEIGHT + "\tTRADITIONAL\tTWVariants.txt:" + standard + ">"
                            + twGlyph + "; HK " + hkGlyph);
                }
            }
            if (!hkGlyph.equals(standard) && !tw.contains(hkGlyph) && simplified.contains(hkGlyph)) {
                if (notCues.contains(hkGlyph)) {
                    dropped++;
                } else {
                    kept.add("HK\t" + hkGlyph + "\t" + WEIGHT + "\tTRADITIONAL\tHKVariants.txt:" + standard + ">"
                            + hkGlyph + "; TW " + twGlyph);
                }
            }
        }
        List<String> out = new ArrayList<>(header(kept.size(), dropped));
        out.addAll(kept);
        return out;
    }

    private static Map<String, List<String>> variants(String file) {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String line : OpenCcRegionalGenerator.lines(Path.of(SOURCE + file))) {
            String[] columns = line.split("\t");
            variants.putIfAbsent(columns[0], List.of(columns[1].split(" ")));
        }
        return variants;
    }

    private static Set<String> listed() {
        return OpenCcRegionalGenerator.cueWords(EARLIER_LISTS);
    }

    private static List<String> header(int kept, int dropped) {
        List<String> header = new ArrayList<>();
        header.add("# Taiwan and Hong Kong glyph preferences from OpenCC's variant tables, version 1. GENERATED: do not");
        header.add("#   edit; see RegionGlyphCueGenerator.");
        header.add("# Source: npm opencc@1.4.2 (https://github.com/BYVoid/OpenCC), data/dictionary/, Apache-2.0,");
        header.add("#   copy and licence in text-analysis/" + SOURCE + ", attribution in NOTICE.");
        for (String file : List.of("TWVariants.txt", "HKVariants.txt", "TSCharacters.txt")) {
            header.add("#   " + file + " sha256 " + OpenCcRegionalGenerator.sha256(Path.of(SOURCE + file)));
        }
        header.add("# Regenerate: ./mvnw -q -o -pl text-analysis -am test -Dtest=RegionGlyphCueTableTest"
                + " -Dsinoscope.glyphs.write=true -Dsurefire.failIfNoSpecifiedTests=false");
        header.add("# Columns: region code (TW, HK) <TAB> glyph <TAB> weight <TAB> scope <TAB> table:standard>glyph and the");
        header.add("#   other region's glyph.");
        header.add("# Kept: where the two regions' glyphs differ, Taiwan's when it is neither a Simplified character nor a");
        header.add("#   Traditional one TSCharacters simplifies, Hong Kong's");
        header.add("#   when it is one (its others are in region-cues-opencc-v1.tsv); not the other region's glyph too, not");
        header.add("#   in region-glyphs-exclusions-v1.txt (test resources) nor an earlier cue list. Traditional text only.");
        header.add("# " + kept + " cues kept; " + dropped + " excluded.");
        return header;
    }

    private RegionGlyphCueGenerator() {
    }
}
