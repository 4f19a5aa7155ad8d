package io.sinoscope.text.normalize;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.Region;
import io.sinoscope.text.Script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives {@code opencc-regional-v1.tsv} from OpenCC's Taiwan and Hong Kong tables, pinned in {@value #SOURCE}.
 * OpenCC maps standard Traditional → regional form (U盤 → 隨身碟); the analyzer needs the reverse, keyed by the regional
 * form as it looks AFTER the analyzer's script conversion ({@link ScriptConverter}: the table is applied to converted
 * text), and aimed at the mainland
 * Simplified form, which is OpenCC's own T→S conversion (TSPhrases, then TSCharacters) of the standard form.
 *
 * <p>Region policy, per row: a key that is a word of HanLP's mainland core dictionary (马铃薯, 信号, and 默认, which
 * HanLP's own tw2s makes of 預設) is also mainland vocabulary with its own meaning, so it applies only to text
 * detected as that region (or Traditional text of undecided region, OTHER). Every other key, transliterated person
 * names included, is not mainland vocabulary and applies to all text, so a mainland article quoting a Taiwan spelling
 * is found too. Dropped: identity pairs (地址 → 地址), keys the converter already turns into the target, and
 * one-character keys that are mainland words (著, 么: the converter's character variants, which a blind rewrite would
 * damage in 著名).
 *
 * <p>Run by {@code OpenCcRegionalTableTest}; rewrite the resource with
 * {@code ./mvnw -q -pl text-analysis test -Dtest=OpenCcRegionalTableTest -Dsinoscope.opencc.write=true}.
 */
public final class OpenCcRegionalGenerator {

    public static final String SOURCE = "src/test/resources/io/sinoscope/text/opencc-1.4.2/";
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + RegionalVocabulary.OPENCC_TABLE;

    /** One OpenCC pair: the standard Traditional form and one regional form of it. */
    public record Pair(String file, String standard, String regional) {
        boolean taiwan() {
            return file.startsWith("TW");
        }
    }

    private record Row(String target, Set<String> regions, String source) {
    }

    static final List<String> TABLES = List.of("TWPhrases.txt", "HKPhrases.txt", "TWVariants.txt", "HKVariants.txt");

    /** Every non-identity pair of {@code file}, in file order. */
    public static List<Pair> pairs(String file) {
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines(file)) {
            String[] columns = line.split("\t");
            for (String regional : columns[1].split(" ")) {
                if (!regional.isEmpty() && !regional.equals(columns[0])) {
                    pairs.add(new Pair(file, columns[0], regional));
                }
            }
        }
        return pairs;
    }

    private static List<String> lines(String file) {
        return lines(Path.of(SOURCE + file));
    }

    /** A data file's lines without blanks and {@code #} comments. Shared with the region-cue generator. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words (second column) of these region-cue lists in text-analysis's data folder, by the region (first column)
     * each is a cue for: what an earlier list already decides, which the region-cue generators leave out.
     */
    public static Map<Region, Set<String>> cueWordsByRegion(List<String> lists) {
        Map<Region, Set<String>> words = new LinkedHashMap<>();
        for (String list : lists) {
            for (String line : lines(Path.of("src/main/resources/io/sinoscope/text/" + list))) {
                String[] columns = line.split("\t");
                if (columns.length > 1) {
                    words.computeIfAbsent(Region.fromCode(columns[0]), r -> new LinkedHashSet<>()).add(columns[1]);
                }
            }
        }
        return words;
    }

    /** The same words, whichever region they are a cue for. */
    public static Set<String> cueWords(List<String> lists) {
        Set<String> words = new LinkedHashSet<>();
        cueWordsByRegion(lists).values().forEach(words::addAll);
        return words;
    }

    /** OpenCC's own Traditional → Simplified: longest phrase of TSPhrases, else TSCharacters' first candidate. */
    static final class OpenCcSimplifier {
        private final Map<String, String> phrases = new LinkedHashMap<>();
        private final Map<Character, String> characters = new LinkedHashMap<>();
        private int longest;

        OpenCcSimplifier() {
            for (String line : lines("TSPhrases.txt")) {
                String[] columns = line.split("\t");
                phrases.put(columns[0], columns[1].split(" ")[0]);
                longest = Math.max(longest, columns[0].length());
            }
            for (String line : lines("TSCharacters.txt")) {
                String[] columns = line.split("\t");
                if (columns[0].length() == 1) {
                    characters.put(columns[0].charAt(0), columns[1].split(" ")[0]);
                }
            }
        }

        String simplify(String text) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int matched = 0;
                for (int length = Math.min(longest, text.length() - i); length > 1 && matched == 0; length--) {
                    String phrase = phrases.get(text.substring(i, i + length));
                    if (phrase != null) {
                        out.append(phrase);
                        matched = length;
                    }
                }
                if (matched == 0) {
                    out.append(characters.getOrDefault(text.charAt(i), String.valueOf(text.charAt(i))));
                    matched = 1;
                }
                i += matched;
            }
            return out.toString();
        }
    }

    static List<String> generate() {
        OpenCcSimplifier simplifier = new OpenCcSimplifier();
        // the analyzer's own converter, as for a text of the pair's region and of undecided region
        ScriptConverter converter = new ScriptConverter();
        Map<String, Row> rows = new LinkedHashMap<>();
        int pairCount = 0;
        int conflicts = 0;
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (String table : TABLES) {
            for (Pair pair : pairs(table)) {
                pairCount++;
                String target = simplifier.simplify(pair.standard());
                String regionalSimplified = simplifier.simplify(pair.regional());
                String region = pair.taiwan() ? "TW" : "HK";
                Set<String> keys = new LinkedHashSet<>();
                for (Region converterRegion : List.of(pair.taiwan() ? Region.TAIWAN : Region.HONG_KONG, Region.OTHER)) {
                    keys.add(converter.toSimplified(pair.regional(), Script.TRADITIONAL, converterRegion).text());
                }
                keys.add(regionalSimplified);
                // The analyzer's converter may spell the mainland form itself differently from OpenCC (HanLP makes
                // 俄克拉荷马 of 奧克拉荷馬's standard form, OpenCC 俄克拉何马): both spellings must meet in one form.
                keys.add(converter.toSimplified(pair.standard(), Script.TRADITIONAL, Region.OTHER).text());
                keys.add(HanLP.t2s(pair.standard()));
                for (String key : keys) {
                    boolean mainlandWord = CoreDictionary.contains(key);
                    if (key.equals(target) || (key.length() == 1 && mainlandWord)) {
                        continue;
                    }
                    Row existing = rows.get(key);
                    // Only a transliterated name (a middle dot) is never mainland vocabulary: every other key may
                    // be an ordinary mainland word HanLP's dictionary lacks (停用 > 禁用 rewrote mainland text), so it
                    // applies to its region and undecided Traditional text; queries try the TW and HK forms anyway.
                    boolean name = key.indexOf('·') >= 0;
                    Set<String> regions = new TreeSet<>(name && !mainlandWord ? Set.of("ALL") : Set.of(region, "OTHER"));
                    if (existing == null) {
                        rows.put(key, new Row(target, regions, table + ":" + pair.standard() + ">" + pair.regional()));
                    } else if (existing.target().equals(target)) {
                        existing.regions().addAll(regions);
                    } else {
                        conflicts++;
                        // Two standard forms of one regional form (HKPhrases: 俄克拉何馬 and 俄克拉荷馬 > 奧克拉荷馬)
                        // are spellings of one name: the later one leads to the kept one, so all three meet.
                        synonyms.putIfAbsent(target, existing.target());
                    }
                }
            }
        }
        // Mainland forms map to themselves, so normalising is idempotent: 伊利诺 → 伊利诺伊 must not turn an
        // already mainland 伊利诺伊 (a query, a mainland article) into 伊利诺伊伊. A mainland form wins over a pair
        // whose regional spelling it also is: 互联网 is the mainland target of 網際網路, so the converter's 互联网 must
        // not go on to 互联网络 (OpenCC's 互聯網絡 > 網際網路).
        Set<String> targets = new LinkedHashSet<>();
        rows.values().forEach(row -> targets.add(row.target()));
        synonyms.forEach((synonym, kept) -> {
            if (!targets.contains(synonym)) {
                rows.putIfAbsent(synonym, new Row(kept, new TreeSet<>(Set.of("ALL")), "another standard form of "
                        + kept));
            }
        });
        for (String target : targets) {
            rows.put(target, new Row(target, new TreeSet<>(Set.of("ALL")), "mainland form kept"));
        }
        List<String> out = new ArrayList<>(header(pairCount, rows.size(), conflicts));
        rows.forEach((key, row) -> out.add(key + "\t" + row.target() + "\t" + regions(row.regions()) + "\t" + row.source()));
        return out;
    }

    private static String regions(Set<String> regions) {
        return regions.contains("ALL") ? "ALL" : String.join(",", regions);
    }

    private static List<String> header(int pairs, int rows, int conflicts) {
        List<String> header = new ArrayList<>();
        header.add("# Regional vocabulary from OpenCC, version 1. GENERATED: do not edit; see OpenCcRegionalGenerator.");
        header.add("# Source: npm opencc@1.4.2 (https://github.com/BYVoid/OpenCC), data/dictionary/, Apache-2.0,");
        header.add("# copy and licence in text-analysis/" + SOURCE + ", attribution in NOTICE.");
        for (String file : new String[] {"TWPhrases.txt", "HKPhrases.txt", "TWVariants.txt", "HKVariants.txt",
                "TSPhrases.txt", "TSCharacters.txt"}) {
            header.add("#   " + file + " sha256 " + sha256(Path.of(SOURCE + file)));
        }
        header.add("# Regenerate: ./mvnw -q -pl text-analysis test -Dtest=OpenCcRegionalTableTest -Dsinoscope.opencc.write=true");
        header.add("# Columns: regional form as it looks after the analyzer's script conversion <TAB> mainland Simplified form");
        header.add("#   <TAB> regions (ALL, or TW/HK plus OTHER) <TAB> OpenCC table:standard>regional it comes from.");
        header.add("# Regions: a key that is also a word of HanLP's mainland core dictionary (马铃薯, 信号, 默认) applies");
        header.add("#   only to its region and to Traditional text of undecided region; other keys, person-name");
        header.add("#   transliterations included, apply everywhere. One-character keys that are mainland words (著, 么)");
        header.add("#   are left to the converter. The normalised text is rewritten; the original is shown as written");
        header.add("#   through the offset map. Query expansion (TermVariants) applies the same table for TW and HK.");
        header.add("# " + pairs + " OpenCC pairs -> " + rows + " rows; " + conflicts
                + " keys already taken by an earlier pair with another target (first kept).");
        return header;
    }

    /** The file's sha256, as the generated headers pin their sources. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OpenCcRegionalGenerator() {
    }
}
