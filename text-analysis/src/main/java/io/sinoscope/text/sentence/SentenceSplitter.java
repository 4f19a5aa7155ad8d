package io.sinoscope.text.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences at 。！？!? and line breaks, keeping the end mark and any
 * closing quote or bracket that follows it with the sentence. Offsets are into the given text, so
 * callers can split normalised text and map spans back to the original.
 */
public final class SentenceSplitter {

    private static final String ENDS = "。！？!?\n";
    private static final String CLOSERS = "”’」』）)\"";

    /** A sentence {@code [start, end)} of the split text, trimmed of surrounding whitespace. */
    public record Span(int index, int start, int end) {
    }

    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(spans, text, start, end);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(spans, text, start, text.length());
        return spans;
    }

    /**
     * The index of the sentence containing {@code offset}, or the last sentence before it (0 when there is none).
     * A binary search over {@code spans} as {@link #split} returns them (ordered, indexed by position): a walk over
     * every span per fact made a text of thousands of facts quadratic.
     */
    public static int indexOf(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        int found = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).start() <= offset) {
                found = spans.get(middle).index();
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(spans.size(), start, end));
        }
    }
}
