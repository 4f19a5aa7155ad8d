package io.sinoscope.ingest.cleaning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's publication time from the lines that state it: portal timestamps (2026-04-02 09:58:30,
 * 2026年4月2日 星期四 09:58, 2026年4月2日（週四）下午3時15分), ISO times from page markup (2026-04-02T01:58:00Z), Taiwan's
 * dates in the ROC calendar (民國115年8月22日, 115.8.22 on a page head), and
 * wire datelines that give only the month and day (新华社北京4月8日电) or the day (【中央社華盛頓9日綜合外電報導】).
 *
 * <p>A weekday may stand between the date and the time; a day-period word (上午, 下午, 晚上, 凌晨, 中午) makes the time a
 * 12-hour one. Both word lists are in {@code calendar-words-v1.tsv}. Times without an offset are Beijing time, which
 * is also Taipei and Hong Kong time. A time after a 發佈時間 label wins over any other, one after an 更新時間 label
 * counts only when nothing else is found; otherwise the earliest date is the article's, not one it reports. When
 * that date has no time of day, a time stated for the same day elsewhere (an update line's) is taken rather than
 * midnight.
 */
final class PublicationTimeReader {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final String TIME_PART = "(?:(?<period>%s)[ \\t]*)?(?<hour>\\d{1,2})"
            + "(?:[:：](?<minute>\\d{2})(?:[:：](?<second>\\d{2})(?:\\.\\d+)?)?"
            + "|[ \\t]*[时時点點](?:[ \\t]*(?<cminute>\\d{1,2})[ \\t]*分|(?<half>半))?)"
            + "(?:[ \\t]*(?<offset>Z|[+-]\\d{2}:?\\d{2})(?![\\d:]))?";
    /**
     * Between a date and its time, on the same line: spaces or commas, an ISO T, and a weekday, bracketed or not.
     */
    private static final String BETWEEN = "(?:T|(?:[ \\t,，|｜]*[（(]?[ \\t]*%s[ \\t]*[）)]?)?[ \\t,，|｜]*)";
    /** Taiwan dates count years of the Republic (民國115年 = 2026). */
    private static final int ROC_YEAR_ZERO = 1911;

    /** 新华社北京4月8日电, 中新网上海11月2日讯: month and day, the year is implied. */
    static final Pattern MONTH_DAY_DATELINE = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日[电電讯訊]");
    /** 【中央社華盛頓9日綜合外電報導】: the day only. */
    static final Pattern DAY_DATELINE = Pattern.compile("【[^】\\d]{2,20}?(\\d{1,2})日[^】]{0,12}】");

    private static final Pattern LABELLED_PUBLISHED = Pattern.compile("(?:" + MetadataLabels.PUBLISHED.pattern()
            + ")\\s*$");
    private static final Pattern LABELLED_UPDATED = Pattern.compile("(?:" + MetadataLabels.UPDATED.pattern()
            + ")\\s*$");
    private static final int LABEL_REACH = 12;

    private final Map<String, Integer> periodStarts = CalendarWords.periods();
    /** Year, month, day and optionally the time: 2026-04-02 09:58, 2026/4/2, 2026-04-02T01:58:00Z. */
    final Pattern numericDate;
    /** 2026年4月2日, with the time if it follows. */
    final Pattern chineseDate;
    /** Taiwan's print dates in the ROC calendar: 民國115年8月22日, 115年8月22日 (a three-digit year is never AD here). */
    final Pattern rocDate;
    /** 115.8.22 standing as a word of its own (a page head), never inside a version number (版本110.5.3). */
    final Pattern rocNumericDate;

    PublicationTimeReader() {
        String time = String.format(TIME_PART, CalendarWords.alternation(periodStarts.keySet().stream().toList()));
        String tail = "(?:" + String.format(BETWEEN, CalendarWords.weekdays()) + time + ")?";
        numericDate = Pattern.compile(
                "(?<!\\d)(?<year>\\d{4})[-/.](?<month>\\d{1,2})[-/.](?<day>\\d{1,2})(?!\\d)" + tail);
        chineseDate = Pattern.compile(
                "(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*[日号號]" + tail);
        rocDate = Pattern.compile("(?<![\\d.年])(?:中華民國|中华民国|民國|民国)?[ \\t]*(?<year>1[0-4]\\d)[ \\t]*年[ \\t]*"
                + "(?<month>\\d{1,2})[ \\t]*月[ \\t]*(?<day>\\d{1,2})[ \\t]*[日号號]" + tail);
        rocNumericDate = Pattern.compile("(?m)(?<![^ \\t\\n])(?<year>1[0-4]\\d)\\.(?<month>\\d{1,2})\\.(?<day>\\d{1,2})"
                + "(?=[ \\t]|$)" + tail);
    }

    /** @param reference the day the article arrived, in Beijing: completes datelines without a year or month */
    Optional<OffsetDateTime> read(String text, LocalDate reference) {
        record Found(int rank, int at, OffsetDateTime time, boolean timed) {
            boolean before(Found other) {
                return other == null || rank < other.rank || rank == other.rank && at < other.at;
            }
        }
        Found best = null;
        List<Found> timed = new ArrayList<>();
        for (Pattern form : new Pattern[] {numericDate, chineseDate, rocDate, rocNumericDate, MONTH_DAY_DATELINE,
                DAY_DATELINE}) {
            Matcher date = form.matcher(text);
            while (date.find()) {
                Optional<OffsetDateTime> time = read(form, date, reference);
                if (time.isEmpty()) {
                    continue;
                }
                boolean hasTime = form != MONTH_DAY_DATELINE && form != DAY_DATELINE && date.group("hour") != null;
                Found found = new Found(rank(text, date.start()), date.start(), time.get(), hasTime);
                if (hasTime) {
                    timed.add(found);
                }
                if (found.before(best)) {
                    best = found;
                }
            }
        }
        if (best != null && !best.timed()) {
            // A day alone (a print date, a dateline) says nothing of the hour; a time stated for that same day — even
            // on an update line — is closer to the publication than the midnight the day alone would give.
            LocalDate day = best.time().atZoneSameInstant(BEIJING).toLocalDate();
            Found sameDay = null;
            for (Found found : timed) {
                if (found.time().atZoneSameInstant(BEIJING).toLocalDate().equals(day) && found.before(sameDay)) {
                    sameDay = found;
                }
            }
            if (sameDay != null) {
                best = sameDay;
            }
        }
        return Optional.ofNullable(best).map(Found::time);
    }

    /** 0 after a publication label, 2 after an update label (tested first: 更新時間 ends in 時間), 1 otherwise. */
    private static int rank(String text, int at) {
        String before = text.substring(Math.max(0, at - LABEL_REACH), at);
        if (LABELLED_UPDATED.matcher(before).find()) {
            return 2;
        }
        return LABELLED_PUBLISHED.matcher(before).find() ? 0 : 1;
    }

    private Optional<OffsetDateTime> read(Pattern form, Matcher date, LocalDate reference) {
        try {
            if (form == MONTH_DAY_DATELINE) {
                LocalDate day = LocalDate.of(reference.getYear(), number(date, 1), number(date, 2));
                return beijing((day.isAfter(reference) ? day.minusYears(1) : day).atStartOfDay());
            }
            if (form == DAY_DATELINE) {
                int day = number(date, 1);
                YearMonth month = YearMonth.from(reference);
                return beijing((day > reference.getDayOfMonth() ? month.minusMonths(1) : month).atDay(day)
                        .atStartOfDay());
            }
            int year = number(date, "year") + (form == rocDate || form == rocNumericDate ? ROC_YEAR_ZERO : 0);
            LocalDate day = LocalDate.of(year, number(date, "month"), number(date, "day"));
            LocalDateTime local = day.atTime(time(date));
            String offset = date.group("offset");
            return offset == null ? beijing(local) : Optional.of(local.atOffset(ZoneOffset.of(offset)));
        } catch (DateTimeException impossible) {
            // 2月30日 or 25:00 is a misread number, not a date.
            return Optional.empty();
        }
    }

    private LocalTime time(Matcher date) {
        if (date.group("hour") == null) {
            return LocalTime.MIDNIGHT;
        }
        int hour = number(date, "hour");
        String period = date.group("period");
        if (period != null && hour <= 12) {
            hour = twentyFourHour(hour, periodStarts.get(period));
        }
        int minute = date.group("minute") != null ? number(date, "minute")
                : date.group("cminute") != null ? number(date, "cminute")
                : date.group("half") != null ? 30 : 0;
        int second = date.group("second") != null ? number(date, "second") : 0;
        return LocalTime.of(hour, minute, second);
    }

    /** Whichever of h mod 12 and h mod 12 + 12 lies in the twelve hours from the period's first hour. */
    static int twentyFourHour(int hour, int periodStart) {
        int morning = hour % 12;
        return Math.floorMod(morning - periodStart, 24) < 12 ? morning : (morning + 12) % 24;
    }

    private static Optional<OffsetDateTime> beijing(LocalDateTime local) {
        return Optional.of(local.atZone(BEIJING).toOffsetDateTime());
    }

    private static int number(Matcher date, int group) {
        return Integer.parseInt(date.group(group));
    }

    private static int number(Matcher date, String group) {
        return Integer.parseInt(date.group(group));
    }
}
