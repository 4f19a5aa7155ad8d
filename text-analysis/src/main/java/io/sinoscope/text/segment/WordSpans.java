package io.sinoscope.text.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dictionary's words of one text by position ({@link DictionaryWords#spans}), and the terms it refused as words.
 * Answers whether a span of the text is a word there or lies inside a longer word, so the entity linker takes a name
 * only where search would find it as a word (issue 22: 印度 in 印度洋, 湖南 across 洞庭湖|南岸).
 */
public final class WordSpans {

    /**
     * A word at [start, end). {@code bound}: a name joined to a lone rare character after it (荷兰|豆), which search
     * takes as one word; the linker does not count it (see {@link #insideLongerWord}).
     */
    public record Word(String text, int start, int end, boolean bound) {
    }

    /** Whether a string is a word of the dictionary (two or more characters, core or custom). */
    interface Dictionary {
        boolean isWord(String text);

        /** Listed whole by HanLP's core dictionary or as a gazetteer or knowledge-base name. */
        boolean listsWhole(String text);
    }

    /** A term not taken as a word: cut across a word edge, or ({@code bound}) heading a longer word. */
    public record Refusal(int start, int end, boolean bound) {
    }

    /**
     * A run of transliteration characters the dictionary does not list whole, at [start, end): one foreign name for
     * the word-edge rule, whatever pieces the dictionary cut it into ({@link DictionaryWords}: 莫|迪亚|诺, 卡特尔).
     */
    public record Run(int start, int end) {
    }

    private final List<Word> words;
    /** The words by start, for the look-up; words are a few characters long, so few start near any offset. */
    private final Word[] byStart;
    private final int longest;
    /** Refused terms by span: (start << 32 | end) to whether the refusal is of a bound name. */
    private final Map<Long, Boolean> refused = new HashMap<>();

    private final Dictionary dictionary;
    private final List<CompoundWords.Compound> compounds;
    private final List<Run> runs;

    WordSpans(List<Word> words, List<Refusal> refusals, List<CompoundWords.Compound> compounds, List<Run> runs,
              Dictionary dictionary) {
        this.dictionary = dictionary;
        this.runs = List.copyOf(runs);
        this.words = List.copyOf(words);
        this.compounds = List.copyOf(compounds);
        this.byStart = words.toArray(new Word[0]);
        Arrays.sort(byStart, Comparator.comparingInt(Word::start));
        this.longest = words.stream().mapToInt(word -> word.end() - word.start()).max().orElse(0);
        for (Refusal refusal : refusals) {
            refused.merge(key(refusal.start(), refusal.end()), refusal.bound(), Boolean::logicalAnd);
        }
    }

    public List<Word> words() {
        return words;
    }

    /** The compounds of a name and a head word in the text ({@link CompoundWords}), in text order. */
    public List<CompoundWords.Compound> compounds() {
        return compounds;
    }

    /** The compound holding [start, end) whose span is longer than it, if any: a name there is not a mention. */
    public Optional<CompoundWords.Compound> compoundAround(int start, int end) {
        for (CompoundWords.Compound compound : compounds) {
            if (compound.start() <= start && end <= compound.end() && end - start < compound.end() - compound.start()) {
                return Optional.of(compound);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether [start, end) is not a word of the text but part of a longer word or a term cut across a word edge: no word
     * is exactly this span, and a longer word the dictionary vouches for holds it, or the dictionary refused this very
     * term as cut across a word edge (洞庭湖|南岸 for 湖南). A longer word vouches when HanLP's core dictionary, the
     * gazetteer or the knowledge base lists it whole (印度洋, 俄罗斯族, 日本脑炎), HanLP's bundled custom dictionary lists
     * it as anything but an "other proper noun" (意大利面 a food; its nz entries include fragments such as 伊朗核, of
     * 伊朗核问题, about Iran), or the rest of it beside the name is a word of two or more characters (北京|烤鸭). Not counted: a word merely crossing one of the span's edges (the dictionary
     * cuts a long name before a word made of its last character: 泰晤士|河畔, 何立|峰会), and a name glued to a lone
     * rare character (美国|暂|无意, 釜山|峰|会后: the dictionary leaves single characters of words it lacks, so the
     * glue says little about a name). Looks only at the words starting at most the longest word's length before
     * {@code start}, so a long text costs the same per name. A span strictly inside a run of transliteration
     * characters the dictionary does not list whole ({@link Run}: 莫迪 in 莫迪亚诺, 卡特 in 卡特尔) is inside a longer
     * name too.
     */
    public boolean insideLongerWord(int start, int end) {
        if (exactWord(start, end)) {
            return false;
        }
        Boolean bound = refused.get(key(start, end));
        return holder(start, end).isPresent() || bound != null && !bound || insideRun(start, end);
    }

    private boolean insideRun(int start, int end) {
        for (Run run : runs) {
            if (run.start() <= start && end <= run.end() && end - start < run.end() - run.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest word the dictionary vouches for (see {@link #insideLongerWord}) that strictly holds [start, end), or
     * none; none too where a word is exactly that span.
     */
    public Optional<Word> holder(int start, int end) {
        if (exactWord(start, end)) {
            return Optional.empty();
        }
        Word longestHolder = null;
        for (int i = firstStartingAt(start - longest); i < byStart.length && byStart[i].start() <= start; i++) {
            Word word = byStart[i];
            if (word.end() >= end && !word.bound() && vouches(word, start, end)
                    && (longestHolder == null || word.end() - word.start() > longestHolder.end() - longestHolder.start())) {
                longestHolder = word;
            }
        }
        return Optional.ofNullable(longestHolder);
    }

    private boolean exactWord(int start, int end) {
        for (int i = firstStartingAt(start); i < byStart.length && byStart[i].start() == start; i++) {
            if (byStart[i].end() == end) {
                return true;
            }
        }
        return false;
    }

    private boolean vouches(Word word, int start, int end) {
        if (dictionary.listsWhole(word.text())) {
            return true;
        }
        if (word.start() == start) {
            return dictionary.isWord(word.text().substring(end - word.start()));
        }
        if (word.end() == end) {
            return dictionary.isWord(word.text().substring(0, start - word.start()));
        }
        return false;
    }

    /** The index of the first word starting at or after {@code offset}. */
    private int firstStartingAt(int offset) {
        int low = 0;
        int high = byStart.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart[middle].start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }
}
