package io.sinoscope.text.segment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary's words of one text by position ({@link DictionaryWords#spans}), and the terms it refused as words.
 * Answers whether a span of the text is a word there or lies inside a longer word, so the entity linker takes a name
 * only where search would find it as a word (issue 22: 印度 in 印度洋, 湖南 across 洞庭湖|南岸).
 */
public final class WordSpans {

    /**
     * A word at [start, end). {@code bound}: a name joined to a lone rare character after it (墨西哥|湾), which makes a
     * place or a thing of a place name and usually a verb of a person's (王毅|偕), so the linker weighs it by type.
     */
    public record Word(String text, int start, int end, boolean bound) {
    }

    /** A term not taken as a word: cut across a word edge, or ({@code bound}) heading a longer word. */
    public record Refusal(int start, int end, boolean bound) {
    }

    private final List<Word> words;
    /** The words by start, for the look-up; words are a few characters long, so few start near any offset. */
    private final Word[] byStart;
    private final int longest;
    /** Refused terms by span: (start << 32 | end) to whether the refusal is of a bound name. */
    private final Map<Long, Boolean> refused = new HashMap<>();

    WordSpans(List<Word> words, List<Refusal> refusals) {
        this.words = List.copyOf(words);
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

    /**
     * Whether [start, end) is not a word of the text but part of a longer word or a term cut across a word edge: no word
     * is exactly this span, and a word strictly holds it or the dictionary refused this very term. A word merely
     * crossing one of its edges does not count: the dictionary cuts a long name before a word made of its last
     * character (泰晤士|河畔, 何立|峰会), and {@link DictionaryWords} judges the crossings of short words itself.
     * {@code boundCounts}: whether a name glued to a rare character counts as inside a longer word (for places,
     * organisations and things; not for people). Looks only at the words starting at most the longest word's length
     * before {@code start}, so a long text costs the same per name.
     */
    public boolean insideLongerWord(int start, int end, boolean boundCounts) {
        int from = firstStartingAt(start - longest);
        boolean held = false;
        for (int i = from; i < byStart.length && byStart[i].start() <= start; i++) {
            Word word = byStart[i];
            if (word.start() == start && word.end() == end) {
                return false;
            }
            if (word.end() >= end && (boundCounts || !word.bound())) {
                held = true;
            }
        }
        if (held) {
            return true;
        }
        Boolean bound = refused.get(key(start, end));
        return bound != null && (boundCounts || !bound);
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
