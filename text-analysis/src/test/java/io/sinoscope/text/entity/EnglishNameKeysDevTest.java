package io.sinoscope.text.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English-name search for transliterated names no dictionary lists, on CC-CEDICT's English-glossed transliterated
 * names ({@code transliteration-variants-cedict-v1.tsv}, split by English name into a tune and a held-out half; the
 * letter table is learned from the tune half only). Per half: recall, the share of names whose English gloss expands
 * to the skeleton of the Chinese name's key; false hits, the other names of the whole file (both halves, 3,000
 * names standing for an index's unlinked names) a query's skeletons match, per query and as the share of queries
 * with any. Beside them, ordinary English words: the lower-case words of README.md, and how many would expand into
 * names without and with the ordinary-word list. Prints {@code ENGLISH-NAMES} lines; misses with
 * {@code -Dsinoscope.english.misses=true}.
 */
class EnglishNameKeysDevTest {

    /** A little below the tune half's figures (docs/quality.md, "English names of unlisted transliterations"). */
    static final double MIN_TUNE_RECALL = 0.38;
    static final double MAX_TUNE_FALSE_HITS_PER_QUERY = 1.0;

    private static final EnglishNameKeys KEYS = EnglishNameKeys.fromResources();

    record Figures(int queries, int expanded, int found, int falseHits, int queriesWithFalseHits) {
        double recall() {
            return queries == 0 ? 0 : (double) found / queries;
        }
    }

    static Figures score(List<EnglishNameLettersGenerator.Example> examples,
                         List<EnglishNameLettersGenerator.Example> pool, List<String> misses) {
        return score(KEYS, examples, pool, misses);
    }

    static Figures score(EnglishNameKeys keys, List<EnglishNameLettersGenerator.Example> examples,
                         List<EnglishNameLettersGenerator.Example> pool, List<String> misses) {
        int expanded = 0;
        int found = 0;
        int falseHits = 0;
        int withFalse = 0;
        for (EnglishNameLettersGenerator.Example example : examples) {
            Optional<String> pattern = keys.unlinkedIdPattern(example.english());
            if (pattern.isEmpty()) {
                if (misses != null) {
                    misses.add("ENGLISH-NAMES not expanded " + example.english());
                }
                continue;
            }
            expanded++;
            Pattern compiled = Pattern.compile(pattern.get());
            if (compiled.matcher(id(example)).matches()) {
                found++;
            } else if (misses != null) {
                misses.add("ENGLISH-NAMES miss " + example.english() + " " + example.key() + " got "
                        + keys.candidates(example.english()));
            }
            Set<String> others = new HashSet<>();
            for (EnglishNameLettersGenerator.Example name : pool) {
                if (!name.english().equals(example.english()) && compiled.matcher(id(name)).matches()) {
                    others.add(name.english());
                }
            }
            falseHits += others.size();
            withFalse += others.isEmpty() ? 0 : 1;
        }
        return new Figures(examples.size(), expanded, found, falseHits, withFalse);
    }

    private static String id(EnglishNameLettersGenerator.Example name) {
        return UnlinkedNameIds.KEYED_NAME + "~" + name.key();
    }

    @Test
    void englishNamesExpandToTheirTransliterationsKeysAndOrdinaryWordsDoNot() throws IOException {
        List<TransliterationVariantsDevTest.Name> names = TransliterationVariantsDevTest.load();
        List<EnglishNameLettersGenerator.Example> tune = EnglishNameLettersGenerator.examples(names, "tune");
        if (Boolean.getBoolean("sinoscope.english.letters.write")) {
            EnglishNameLettersGenerator.write(EnglishNameLettersGenerator.generate(tune),
                    EnglishNameLettersGenerator.ordinaryWords(EnglishNameLettersGenerator.glossWords(),
                            EnglishNameLettersGenerator.ORDINARY_MIN_GLOSSES));
        }
        List<EnglishNameLettersGenerator.Example> heldout = EnglishNameLettersGenerator.examples(names, "heldout");
        List<EnglishNameLettersGenerator.Example> pool = new ArrayList<>(tune);
        pool.addAll(heldout);
        List<String> misses = new ArrayList<>();
        Figures tuned = score(tune, pool, Boolean.getBoolean("sinoscope.english.misses") ? misses : null);
        misses.forEach(System.out::println);
        Figures held = score(heldout, pool, null);
        for (String half : List.of("tune", "heldout")) {
            Figures f = half.equals("tune") ? tuned : held;
            System.out.printf(Locale.ROOT, "ENGLISH-NAMES %s: names %d, expanded %d, right key among the candidates "
                            + "%d/%d (%.3f); other names matched %d (%.2f per query), queries with any %d (%.3f)%n",
                    half, f.queries(), f.expanded(), f.found(), f.queries(), f.recall(), f.falseHits(),
                    (double) f.falseHits() / f.queries(), f.queriesWithFalseHits(),
                    (double) f.queriesWithFalseHits() / f.queries());
        }

        if (Boolean.getBoolean("sinoscope.english.grid")) {
            for (int max : new int[] {1, 2, 3, 4, 6}) {
                for (int min : new int[] {2, 3, 4}) {
                    EnglishNameKeys keys = new EnglishNameKeys(KEYS.emissionTable(), KEYS.ordinaryWords(), max, min);
                    Figures f = score(keys, tune, pool, null);
                    System.out.printf(Locale.ROOT, "ENGLISH-NAMES grid tune max %d min %d: recall %.3f, other names "
                            + "per query %.2f, queries with any %.3f%n", max, min, f.recall(),
                            (double) f.falseHits() / f.queries(), (double) f.queriesWithFalseHits() / f.queries());
                }
            }
        }
        Set<String> words = ordinaryProse();
        EnglishNameKeys unguarded = new EnglishNameKeys(emissionsOf(KEYS), Set.of());
        int expandedWithout = 0;
        int hittingWithout = 0;
        int expandedWith = 0;
        int hittingWith = 0;
        for (String word : words) {
            Optional<String> without = unguarded.unlinkedIdPattern(word);
            Optional<String> with = KEYS.unlinkedIdPattern(word);
            expandedWithout += without.isEmpty() ? 0 : 1;
            hittingWithout += without.isPresent() && matchesAny(without.get(), pool) ? 1 : 0;
            expandedWith += with.isEmpty() ? 0 : 1;
            hittingWith += with.isPresent() && matchesAny(with.get(), pool) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "ENGLISH-NAMES ordinary words (README.md, %d lower-case words of 4+ letters): "
                        + "expanded %d, matching a name's skeleton %d without the ordinary-word list; %d and %d with it%n",
                words.size(), expandedWithout, hittingWithout, expandedWith, hittingWith);

        assertTrue(tuned.recall() >= MIN_TUNE_RECALL, "recall " + tuned.recall());
        assertTrue((double) tuned.falseHits() / tuned.queries() <= MAX_TUNE_FALSE_HITS_PER_QUERY,
                "false hits " + tuned.falseHits());
        assertTrue(hittingWith * 20 <= words.size(), "ordinary words read as names: " + hittingWith);
        assertEquals(List.of(), KEYS.skeletons("market"));
    }

    private static boolean matchesAny(String pattern, List<EnglishNameLettersGenerator.Example> pool) {
        Pattern compiled = Pattern.compile(pattern);
        return pool.stream().anyMatch(name -> compiled.matcher(id(name)).matches());
    }

    /** Lower-case words of 4+ letters in the project's README (prose about the product: ordinary English). */
    private static Set<String> ordinaryProse() throws IOException {
        Set<String> words = new TreeSet<>();
        String text = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        for (String token : text.split("[^A-Za-z]+")) {
            if (token.length() >= EnglishNameKeys.MIN_LETTERS && token.equals(token.toLowerCase(Locale.ROOT))) {
                words.add(token);
            }
        }
        return words;
    }

    private static Map<String, List<EnglishNameKeys.Emission>> emissionsOf(EnglishNameKeys keys) {
        return keys.emissionTable();
    }
}
