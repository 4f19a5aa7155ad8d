package io.sinoscope.text.entity;

import io.sinoscope.text.resource.AnalyzerData;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phonetic keys an English spelling of a transliterated name may have, so that "Bezos" finds the unlinked
 * 贝索斯 no dictionary lists. Both sides are compared by their consonant skeleton: of a key
 * ({@link TransliterationKey}, e.g. {@code bei-so-si}), its syllables' initial classes and coda n ({@code bss});
 * of an English word, what each consonant letter group emits in a transliteration, learned from CC-CEDICT's
 * English-glossed transliterated names ({@value #LETTERS}, written by {@code EnglishNameLettersGenerator}): "ph"
 * before a vowel gives f, "r" at the end nothing, "x" gs or s, "m" before a consonant a coda n. Vowels are left
 * out on both sides: English spells them too freely for a key to follow.
 *
 * <p>An ordinary English word ({@value #ORDINARY}, the lower-case words of CC-CEDICT's common-word glosses) is never
 * read as a name: a search for "market" must not expand into every unlinked name whose skeleton is m-g-d.
 * Immutable and thread-safe.
 */
public final class EnglishNameKeys {

    static final String LETTERS = "english-name-letters-v1.tsv";
    static final String ORDINARY = "english-ordinary-words-v1.txt";
    /** The first column of the rows giving, for an English vowel, the letter a key's rime starts with. */
    static final String VOWEL_ROWS = "vowel";
    /** Rime letters less likely than this after an English vowel are not allowed. */
    static final double MIN_NEXT_LETTER = 0.08;
    /** Emissions less likely than this after a letter group are not followed. */
    static final double MIN_EMISSION = 0.15;
    /** Most skeletons one English word expands to, likeliest first. */
    static final int MAX_SKELETONS = 3;
    /** Fewest consonants a skeleton needs: two (b-s) are shared by too many names. */
    static final int MIN_SKELETON = 3;
    /** Fewest letters an English word needs to be read as a name. */
    static final int MIN_LETTERS = 4;
    /** The characters a key has besides its initials and coda n: vowels, the r of er, the syllable separator. */
    static final String KEY_VOWELS = "aeiouvr-";

    private static final String VOWELS = "aeiouy";
    /** English regular inflections: ending, and what replaces it in the word's base form. */
    private static final String[][] INFLECTIONS = {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"d", ""},
            {"ing", ""}, {"ing", "e"}};

    /**
     * Emissions by letter group and context: {@code Va}, {@code Ve}... before that vowel, {@code V} before any vowel,
     * {@code C} before a consonant, {@code #} at the end, {@code *} any.
     */
    private final Map<String, List<Emission>> emissions;
    /** The table as read, vowel rows included. */
    private final Map<String, List<Emission>> table;
    private final Set<String> groups;
    private final int longestGroup;
    private final Set<String> ordinary;
    /** By English vowel letter: the letters a key's rime may start with after a consonant read before that vowel. */
    private final Map<String, String> nextLetters;
    private final int maxSkeletons;
    private final int minSkeleton;

    record Emission(String skeleton, double probability) {
    }

    EnglishNameKeys(Map<String, List<Emission>> emissions, Set<String> ordinary) {
        this(emissions, ordinary, MAX_SKELETONS, MIN_SKELETON);
    }

    EnglishNameKeys(Map<String, List<Emission>> emissions, Set<String> ordinary, int maxSkeletons, int minSkeleton) {
        this.table = Map.copyOf(emissions);
        Map<String, String> next = new HashMap<>();
        Map<String, List<Emission>> consonants = new HashMap<>();
        emissions.forEach((unit, list) -> {
            if (unit.startsWith(VOWEL_ROWS + "\t")) {
                StringBuilder letters = new StringBuilder();
                list.stream().filter(e -> e.probability() >= MIN_NEXT_LETTER).forEach(e -> letters.append(e.skeleton()));
                // A coda (the consonant ends its syllable) among the likely readings: the vowel says nothing.
                if (letters.indexOf("-") < 0 && letters.length() > 0) {
                    next.put(unit.substring(unit.indexOf('\t') + 1), letters.toString());
                }
            } else {
                consonants.put(unit, list);
            }
        });
        this.nextLetters = Map.copyOf(next);
        emissions = consonants;
        this.maxSkeletons = maxSkeletons;
        this.minSkeleton = minSkeleton;
        this.emissions = Map.copyOf(emissions);
        Set<String> found = new HashSet<>();
        for (String unit : emissions.keySet()) {
            found.add(unit.substring(0, unit.indexOf('\t')));
        }
        this.groups = Set.copyOf(found);
        this.longestGroup = found.stream().mapToInt(String::length).max().orElse(1);
        this.ordinary = Set.copyOf(ordinary);
    }

    public static EnglishNameKeys fromResources() {
        Map<String, List<Emission>> emissions = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(LETTERS, 4)) {
            String skeleton = row[2].equals("-") && !row[0].equals(VOWEL_ROWS) ? "" : row[2];
            emissions.computeIfAbsent(row[0] + "\t" + row[1], k -> new ArrayList<>())
                    .add(new Emission(skeleton, Double.parseDouble(row[3])));
        }
        emissions.values().forEach(list -> list.sort(Comparator.comparingDouble(Emission::probability).reversed()));
        Set<String> ordinary = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(ORDINARY, 1)) {
            ordinary.add(row[0]);
        }
        return new EnglishNameKeys(emissions, ordinary);
    }

    /** The emission table, by letter group and context: for measuring it without the ordinary-word list. */
    Map<String, List<Emission>> emissionTable() {
        return table;
    }

    Set<String> ordinaryWords() {
        return ordinary;
    }

    /** The consonant skeleton of a phonetic key: its letters without vowels, er's r and separators. */
    public static String skeleton(String key) {
        StringBuilder skeleton = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (KEY_VOWELS.indexOf(c) < 0) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /** Whether the word is an ordinary English word, which a search never reads as a name. */
    public boolean ordinary(String word) {
        return ordinaryLetters(letters(word));
    }

    /**
     * Whether the letters are an ordinary word or a regular inflection of one (the list has "analyst", a query
     * "analysts"; "retracted", "retracting" of "retract"): plural and third-person s, es, ies; past ed, d; ing.
     */
    private boolean ordinaryLetters(String letters) {
        if (ordinary.contains(letters)) {
            return true;
        }
        for (String[] ending : INFLECTIONS) {
            if (letters.endsWith(ending[0]) && letters.length() - ending[0].length() >= 3
                    && ordinary.contains(letters.substring(0, letters.length() - ending[0].length()) + ending[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The skeletons the English name may have, likeliest first: of its last word (a dotted name is keyed by its
     * surname) and, for a name of several words, of them written together (丹布朗 "Dan Brown"). Empty for an ordinary
     * English word, a word of fewer than {@value #MIN_LETTERS} letters, or a name of letters outside a-z.
     */
    public List<String> skeletons(String english) {
        List<String> skeletons = new ArrayList<>();
        for (Candidate candidate : candidates(english)) {
            if (!skeletons.contains(candidate.skeleton())) {
                skeletons.add(candidate.skeleton());
            }
        }
        return skeletons;
    }

    /**
     * A skeleton with, for each of its letters, the rime letters the key may have right after it (null: any). A
     * consonant before an English vowel says something of the syllable's vowel ("ho" is 霍 huo or 侯 hou, rarely 哈
     * ha); before another consonant or at the end the Chinese syllable's vowel is one transliteration adds (斯, 特).
     */
    record Candidate(String skeleton, List<String> nextLetters) {
    }

    List<Candidate> candidates(String english) {
        String[] words = english.strip().toLowerCase(Locale.ROOT).split("[\\s\\-·.]+");
        if (words.length == 0 || words.length > 3) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        String last = letters(words[words.length - 1]);
        if (last.length() >= MIN_LETTERS && !ordinaryLetters(last) && plain(words[words.length - 1])) {
            found.addAll(wordCandidates(last));
        }
        if (words.length > 1) {
            StringBuilder joined = new StringBuilder();
            for (String word : words) {
                if (!plain(word)) {
                    return found;
                }
                joined.append(letters(word));
            }
            wordCandidates(joined.toString()).stream().filter(c -> !found.contains(c)).forEach(found::add);
        }
        return found;
    }

    /**
     * A regular expression over entity ids that matches the id of every unlinked person or place whose key fits one
     * of the name's candidates, in the syntax Lucene's RegexpQuery, Java and PostgreSQL's {@code ~} share (the whole
     * id must match: PostgreSQL needs it anchored); empty when the name has no candidate.
     */
    public Optional<String> unlinkedIdPattern(String english) {
        List<Candidate> candidates = candidates(english);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String vowels = "[aeiouvr\\-]*";
        List<String> alternatives = new ArrayList<>();
        for (Candidate candidate : candidates) {
            StringBuilder pattern = new StringBuilder(vowels);
            for (int i = 0; i < candidate.skeleton().length(); i++) {
                pattern.append(candidate.skeleton().charAt(i));
                String next = candidate.nextLetters().get(i);
                if (next != null) {
                    pattern.append('[').append(next).append(']');
                }
                pattern.append(vowels);
            }
            if (!alternatives.contains(pattern.toString())) {
                alternatives.add(pattern.toString());
            }
        }
        return Optional.of(escape(UnlinkedNameIds.KEYED_NAME) + "\\~(" + String.join("|", alternatives) + ")");
    }

    /** Whether a word could be a transliteration of a name: letters only (accents aside), not an ordinary word. */
    public boolean nameLike(String word) {
        String letters = letters(word);
        return plain(word) && letters.length() >= MIN_LETTERS && !ordinaryLetters(letters);
    }

    List<Candidate> wordCandidates(String word) {
        List<String[]> units = units(word);
        List<Scored> beam = List.of(new Scored("", List.of(), 0));
        for (String[] unit : units) {
            List<Emission> options = emissions.get(unit[0] + "\t" + unit[1]);
            if (options == null) {
                options = emissions.get(unit[0] + "\t" + unit[1].charAt(0));
            }
            if (options == null) {
                options = emissions.get(unit[0] + "\t*");
            }
            if (options == null) {
                return List.of();
            }
            String vowel = unit[1].length() > 1 ? nextLetters.get(unit[1].substring(1)) : null;
            List<Scored> next = new ArrayList<>();
            for (Scored scored : beam) {
                for (Emission emission : options) {
                    if (emission.probability() < MIN_EMISSION) {
                        continue;
                    }
                    List<String> letters = new ArrayList<>(scored.nextLetters());
                    for (int i = 0; i < emission.skeleton().length(); i++) {
                        letters.add(i == emission.skeleton().length() - 1 ? vowel : null);
                    }
                    next.add(new Scored(scored.skeleton() + emission.skeleton(), letters,
                            scored.logProbability() + Math.log(emission.probability())));
                }
            }
            next.sort(Comparator.comparingDouble(Scored::logProbability).reversed());
            beam = next.subList(0, Math.min(next.size(), 4 * maxSkeletons));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Scored scored : beam) {
            Candidate candidate = new Candidate(scored.skeleton(), scored.nextLetters());
            if (scored.skeleton().length() >= minSkeleton && !candidates.contains(candidate)) {
                candidates.add(candidate);
            }
            if (candidates.size() == maxSkeletons) {
                break;
            }
        }
        return candidates;
    }

    private record Scored(String skeleton, List<String> nextLetters, double logProbability) {
    }

    /**
     * The consonant letter groups of a word with their context: the longest group the table knows at each consonant
     * (sh, ph, tch, doubled letters), then what follows it: V and the vowel (Vo: "ho" is 霍 more often than "ha"
     * is), C for a consonant, # for the end. A y before a vowel is a consonant. The table is read for the context,
     * then for V alone, then for any context.
     */
    List<String[]> units(String word) {
        List<String[]> units = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            if (vowel(word, i)) {
                i++;
                continue;
            }
            int length = 1;
            for (int n = Math.min(longestGroup, word.length() - i); n > 1; n--) {
                if (groups.contains(word.substring(i, i + n))) {
                    length = n;
                    break;
                }
            }
            int end = i + length;
            String context = end == word.length() ? "#" : vowel(word, end) ? "V" + word.charAt(end) : "C";
            units.add(new String[] {word.substring(i, end), context});
            i = end;
        }
        return units;
    }

    static boolean vowel(String word, int at) {
        char c = word.charAt(at);
        if (c == 'y') {
            return !(at + 1 < word.length() && VOWELS.indexOf(word.charAt(at + 1)) >= 0);
        }
        return VOWELS.indexOf(c) >= 0;
    }

    /** The word lower-cased, accents removed, letters a-z only. */
    static String letters(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** Letters (accented or not) and apostrophes only: a word, not a number or a code. */
    private static boolean plain(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!(c >= 'a' && c <= 'z') && !mark && c != '\'' && c != '’') {
                return false;
            }
        }
        return !decomposed.isEmpty();
    }

    private static String escape(String literal) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
