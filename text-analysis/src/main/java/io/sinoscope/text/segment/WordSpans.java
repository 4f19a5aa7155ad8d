package io.sinoscope.text.segment;

import java.util.List;

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
    private final List<Refusal> refused;

    WordSpans(List<Word> words, List<Refusal> refused) {
        this.words = List.copyOf(words);
        this.refused = List.copyOf(refused);
    }

    public List<Word> words() {
        return words;
    }

    /**
     * Whether [start, end) is not a word of the text but part of a longer word or a term cut across a word edge: no word
     * is exactly this span, and a word strictly holds it or the dictionary refused this very term. A word merely
     * crossing one of its edges does not count: the dictionary cuts a long name before a word made of its last
     * character (泰晤士|河畔, 何立|峰会), and {@link DictionaryWords} judges the crossings of short words itself. {@code boundCounts}: whether a name glued to a rare character counts as inside
     * a longer word (for places, organisations and things; not for people).
     */
    public boolean insideLongerWord(int start, int end, boolean boundCounts) {
        for (Word word : words) {
            if (word.start() == start && word.end() == end) {
                return false;
            }
        }
        for (Refusal refusal : refused) {
            if (refusal.start() == start && refusal.end() == end && (boundCounts || !refusal.bound())) {
                return true;
            }
        }
        for (Word word : words) {
            if (word.bound() && !boundCounts || word.end() <= start || word.start() >= end) {
                continue;
            }
            if (word.start() <= start && word.end() >= end) {
                return true;
            }
        }
        return false;
    }
}
