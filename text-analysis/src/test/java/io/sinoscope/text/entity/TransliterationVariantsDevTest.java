package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phonetic key on CC-CEDICT's transliterated names ({@code transliteration-variants-cedict-v1.tsv}, see
 * {@link TransliterationVariantsGenerator}): variant recall, the share of pairs of spellings of one English name that
 * get one unlinked id, beside false joins, pairs of spellings of different English names that get one id. Prints
 * {@code TRANSLIT-VARIANTS} lines per half; the held-out half is reported, not tuned on.
 */
class TransliterationVariantsDevTest {

    static final String RESOURCE = "/io/sinoscope/text/entity/transliteration-variants-cedict-v1.tsv";
    /** Thresholds a little below the tune half's figures (docs/quality.md, "Transliteration variants"). */
    static final double MIN_TUNE_RECALL = 0.45;
    static final double MAX_TUNE_FALSE_JOIN_SHARE = 0.08;

    private static final UnlinkedNameIds IDS = new UnlinkedNameIds(TransliterationTable.fromResources());

    record Name(String half, String english, String simplified) {
    }

    static List<Name> load() throws IOException {
        List<Name> names = new ArrayList<>();
        try (InputStream in = TransliterationVariantsDevTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    names.add(new Name(c[0], c[1], c[2]));
                }
            }
        }
        return names;
    }

    /** The key part of the id the linker gives the name as an unlinked person or place, if it is keyed. */
    static Optional<String> key(String simplified) {
        return IDS.keyed(simplified, EntityType.PERSON, true).map(id -> id.substring(id.indexOf('~') + 1));
    }

    record Figures(int pairs, int joined, int falseJoins, int names, int namesFalselyJoined) {
        double recall() {
            return pairs == 0 ? 0 : (double) joined / pairs;
        }

        double precision() {
            return joined + falseJoins == 0 ? 0 : (double) joined / (joined + falseJoins);
        }

        double falseShare() {
            return names == 0 ? 0 : (double) namesFalselyJoined / names;
        }
    }

    static Figures score(List<Name> names, String half, List<String> misses) {
        List<Name> of = names.stream().filter(n -> n.half().equals(half)).toList();
        Map<String, List<Name>> byEnglish = new LinkedHashMap<>();
        Map<String, List<Name>> byKey = new HashMap<>();
        for (Name name : of) {
            byEnglish.computeIfAbsent(name.english(), e -> new ArrayList<>()).add(name);
            key(name.simplified()).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(name));
        }
        int pairs = 0;
        int joined = 0;
        for (List<Name> spellings : byEnglish.values()) {
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    pairs++;
                    Optional<String> a = key(spellings.get(i).simplified());
                    Optional<String> b = key(spellings.get(j).simplified());
                    if (a.isPresent() && a.equals(b)) {
                        joined++;
                    } else if (misses != null) {
                        misses.add("TRANSLIT-VARIANTS split " + spellings.get(i).english() + " "
                                + spellings.get(i).simplified() + " " + a.orElse("-") + " | "
                                + spellings.get(j).simplified() + " " + b.orElse("-"));
                    }
                }
            }
        }
        int falseJoins = 0;
        java.util.Set<String> falselyJoined = new java.util.HashSet<>();
        for (Map.Entry<String, List<Name>> entry : byKey.entrySet()) {
            List<Name> same = entry.getValue();
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (!same.get(i).english().equals(same.get(j).english())) {
                        falseJoins++;
                        falselyJoined.add(same.get(i).simplified());
                        falselyJoined.add(same.get(j).simplified());
                        if (misses != null) {
                            misses.add("TRANSLIT-VARIANTS false-join " + entry.getKey() + " " + same.get(i).simplified()
                                    + " (" + same.get(i).english() + ") " + same.get(j).simplified() + " ("
                                    + same.get(j).english() + ")");
                        }
                    }
                }
            }
        }
        long distinct = of.stream().map(Name::simplified).distinct().count();
        return new Figures(pairs, joined, falseJoins, (int) distinct, falselyJoined.size());
    }

    @Test
    void variantSpellingsOfOneNameShareAKeyAndDifferentNamesRarelyDo() throws IOException {
        if (Boolean.getBoolean("sinoscope.translit.pairs.write")) {
            TransliterationVariantsGenerator.write(TransliterationVariantsGenerator.generate());
        }
        List<Name> names = load();
        if (Boolean.getBoolean("sinoscope.translit.folds.write")) {
            TransliterationFoldsGenerator.write(TransliterationFoldsGenerator.generate(names));
        }
        assertEquals(TransliterationVariantsGenerator.generate().size(), names.size(),
                "the variants file is stale: rerun the generator (-Dsinoscope.translit.pairs.write=true)");
        List<String> misses = new ArrayList<>();
        Figures tune = score(names, "tune", Boolean.getBoolean("sinoscope.translit.misses") ? misses : null);
        misses.forEach(System.out::println);
        for (String half : List.of("tune", "heldout")) {
            Figures f = half.equals("tune") ? tune : score(names, half, null);
            System.out.printf("TRANSLIT-VARIANTS %s: variant pairs joined %d/%d (%.3f); false joins %d "
                            + "(pair precision %.3f); names falsely joined %d/%d (%.3f)%n", half, f.joined(), f.pairs(),
                    f.recall(), f.falseJoins(), f.precision(), f.namesFalselyJoined(), f.names(), f.falseShare());
        }
        assertTrue(tune.recall() >= MIN_TUNE_RECALL, "recall " + tune.recall());
        assertTrue(tune.falseShare() <= MAX_TUNE_FALSE_JOIN_SHARE, "false joins " + tune.falseShare());
    }
}
