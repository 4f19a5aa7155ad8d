package io.sinoscope.query.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Character bigrams of normalised text: the same features search indexes (CJK bigrams), counted. Runs of letters and
 * digits are cut at punctuation and spaces; a run of one character is kept as a unigram so short names still count.
 */
final class Bigrams {

    /** The headline names the event; its bigrams count this many times a body bigram. */
    static final int TITLE_WEIGHT = 2;

    private Bigrams() {
    }

    static Map<String, Integer> of(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        add(counts, title, TITLE_WEIGHT);
        add(counts, text, 1);
        return counts;
    }

    private static void add(Map<String, Integer> counts, String text, int weight) {
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inRun = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (inRun && runStart < 0) {
                runStart = i;
            } else if (!inRun && runStart >= 0) {
                if (i - runStart == 1) {
                    counts.merge(text.substring(runStart, i), weight, Integer::sum);
                }
                for (int j = runStart; j + 2 <= i; j++) {
                    counts.merge(text.substring(j, j + 2), weight, Integer::sum);
                }
                runStart = -1;
            }
        }
    }
}
