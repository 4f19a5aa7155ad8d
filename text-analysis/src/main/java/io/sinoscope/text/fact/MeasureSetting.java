package io.sinoscope.text.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The setting and status of a trade measure in its sentence. A sentence that only talks about a measure — a
 * hypothetical (如果美国对中国实施出口管制…), a question, a denial, analysis or history written before the cue — states
 * none (or a rumour said after it: …的传闻): no export control or sanction is reported, and a tariff change (whose numbers are still facts) is marked
 * with the setting instead of a status. Otherwise the status is the first of lifted, suspended, threatened and in force
 * whose word the sentence holds, else announced; a stated effective date decides between in force (on or before the
 * publication day) and announced (after it). Words from {@link TradeMeasureWords}.
 */
final class MeasureSetting {

    private static final String QUESTION_MARKS = "？?";
    /** How far after a measure a rumour word is looked for: a clause or two, so the work per measure stays fixed. */
    private static final int AFTER_REACH = 40;
    private static final String CLAUSE_BREAKS = "，,：:。；;！？!?\n";
    /** Settings a later decision overrides: an objection or a call does not stop a measure announced after it. */
    private static final Set<String> OVERRIDABLE = Set.of("objection", "urging");

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
                String setting = words.settingClasses.get(word);
                if (OVERRIDABLE.contains(setting) && decidedAfter(text, at + word.length(), measureEnd)) {
                    at += word.length() - 1;
                    continue; // 中方坚决反对…，决定对X实施制裁: the objection is followed by a measure taken
                }
                return setting;
            }
        }
        // 被列入实体清单的传闻，遭公司否认: a word after the measure saying it is only a rumour.
        for (int at = measureEnd; at < Math.min(sentenceEnd, measureEnd + AFTER_REACH); at++) {
            String word = TariffRoleWords.at(text, at, words.settingsAfter);
            if (word != null) {
                return words.settingClasses.get(word);
            }
        }
        return null;
    }

    /** Whether a word of decision (决定, 宣布) stands in {@code text[from, to)}, the measure's own words included. */
    private boolean decidedAfter(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (TariffRoleWords.at(text, at, words.objectionBreakers) != null) {
                return true;
            }
        }
        return false;
    }

    /** announced, threatened, in_force, suspended or lifted, from the words of {@code text[from, to)} and the effective date. */
    String status(String text, int from, int to, LocalDate effective, LocalDate published) {
        String sentence = text.substring(from, to);
        for (String status : TradeMeasureWords.STATUS_ORDER) {
            List<String> terms = words.statuses.getOrDefault(status, List.of());
            boolean relieving = status.equals("lifted") || status.equals("suspended");
            if (relieving ? lifts(sentence, terms) : holdsAny(sentence, terms)) {
                if (status.equals("in_force") && effective != null && effective.isAfter(published)) {
                    return "announced";
                }
                return status;
            }
        }
        return effective != null && !effective.isAfter(published) ? "in_force" : "announced";
    }

    /**
     * Whether a lifting or suspending word of {@code sentence} relieves: not when its clause goes on to a relief it
     * withdraws (撤销…出口许可, 撤销…豁免待遇 tighten a control; 暂停…关税减让 raises a duty).
     */
    private boolean lifts(String sentence, List<String> terms) {
        for (String term : terms) {
            for (int at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + 1)) {
                int end = at;
                while (end < sentence.length() && CLAUSE_BREAKS.indexOf(sentence.charAt(end)) < 0) {
                    end++;
                }
                String clause = sentence.substring(at, end);
                if (words.revokes.stream().noneMatch(clause::contains)) {
                    return true;
                }
            }
        }
        return false;
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
