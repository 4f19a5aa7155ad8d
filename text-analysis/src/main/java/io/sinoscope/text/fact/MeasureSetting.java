package io.sinoscope.text.fact;

import java.time.LocalDate;
import java.util.List;

/**
 * The setting and status of a trade measure in its sentence. A sentence that only talks about a measure — a
 * hypothetical (如果美国对中国实施出口管制…), a question, a denial, analysis or history written before the cue — states
 * none: no export control or sanction is reported, and a tariff change (whose numbers are still facts) is marked
 * with the setting instead of a status. Otherwise the status is the first of lifted, suspended, threatened and in force
 * whose word the sentence holds, else announced; a stated effective date decides between in force (on or before the
 * publication day) and announced (after it). Words from {@link TradeMeasureWords}.
 */
final class MeasureSetting {

    private static final String QUESTION_MARKS = "？?";

    private final TradeMeasureWords words;

    MeasureSetting(TradeMeasureWords words) {
        this.words = words;
    }

    /**
     * The setting (hypothetical, question, denial, analysis, history) in which the sentence ending at
     * {@code sentenceEnd} only talks about the measure starting at {@code measureStart}, read in
     * {@code text[from, measureEnd)}; null when it states the measure.
     */
    String onlyTalk(String text, int from, int measureStart, int measureEnd, int sentenceEnd) {
        if (sentenceEnd < text.length() && QUESTION_MARKS.indexOf(text.charAt(sentenceEnd)) >= 0) {
            return "question";
        }
        for (int at = from; at < measureEnd; at++) {
            String word = TariffRoleWords.at(text, at, words.settings);
            if (word != null && !TariffRoleWords.covered(text, at, words.notSettings)) {
                return words.settingClasses.get(word);
            }
        }
        return null;
    }

    /** announced, threatened, in_force, suspended or lifted, from the words of {@code text[from, to)} and the effective date. */
    String status(String text, int from, int to, LocalDate effective, LocalDate published) {
        String sentence = text.substring(from, to);
        for (String status : TradeMeasureWords.STATUS_ORDER) {
            if (holdsAny(sentence, words.statuses.getOrDefault(status, List.of()))) {
                if (status.equals("in_force") && effective != null && effective.isAfter(published)) {
                    return "announced";
                }
                return status;
            }
        }
        return effective != null && !effective.isAfter(published) ? "in_force" : "announced";
    }

    private static boolean holdsAny(String sentence, List<String> terms) {
        for (String term : terms) {
            if (sentence.contains(term)) {
                return true;
            }
        }
        return false;
    }
}
