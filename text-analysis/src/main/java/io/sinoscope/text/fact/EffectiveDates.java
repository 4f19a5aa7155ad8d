package io.sinoscope.text.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a trade measure takes (or took) effect, from the date facts of its sentence: a day followed by a word such as
 * 起 or 正式生效 (自2026年3月1日起, 于4月1日正式生效), or a word meaning "from today" (即日起: the publication day). A
 * day written without a year takes the article's year. A day with no such word (3月5日宣布) is when something was
 * said, not when the measure runs, and is not taken; a day right after a word of postponing (推迟至8月1日) is when the
 * postponed measure runs. 下月起 and 明年元旦 are the first day of the next month or year. Words from
 * {@link TradeMeasureWords}.
 */
final class EffectiveDates {

    /** A date text that names its year: 2026年…, 2026-03-01, 今年/明年/去年…. */
    private static final Pattern HAS_YEAR = Pattern.compile("年|\\d{4}[-/.]");

    private final TradeMeasureWords words;

    EffectiveDates(TradeMeasureWords words) {
        this.words = words;
    }

    /**
     * The effective day of a measure read in {@code text[from, to)}, or null.
     *
     * @param dates the date facts of the text (normalised offsets), in text order
     */
    LocalDate find(String text, int from, int to, List<Fact> dates, LocalDate published) {
        // The first date at or after from, by binary search: a scan of every date per measure made long texts quadratic.
        int low = 0;
        int high = dates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dates.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int sentenceEnd = to;
        for (int i = low; i < dates.size() && dates.get(i).start() < to; i++) {
            Fact date = dates.get(i);
            if (date.end() > to || !"day".equals(date.attributes().get("precision"))) {
                continue;
            }
            int after = date.end();
            while (after < sentenceEnd && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (TariffRoleWords.at(text, after, words.dateAfter) != null
                    || TradeMeasureWords.endingAt(text, date.start(), words.dateBefore) != null) {
                LocalDate day = LocalDate.parse(date.date());
                return HAS_YEAR.matcher(date.text()).find() ? day : day.withYear(published.getYear());
            }
        }
        String sentence = text.substring(from, to);
        for (var next : words.dateNext.entrySet()) {
            if (sentence.contains(next.getKey())) {
                return next.getValue().equals("month") ? published.withDayOfMonth(1).plusMonths(1)
                        : published.withDayOfYear(1).plusYears(1);
            }
        }
        for (String now : words.dateNow) {
            if (sentence.contains(now)) {
                return published;
            }
        }
        return null;
    }
}
