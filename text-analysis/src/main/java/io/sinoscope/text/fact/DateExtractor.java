package io.sinoscope.text.fact;

import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dates: absolute (2025年10月27日, 2025-10-27 14:30), partial (10月28日, 4日), and relative (周二,
 * 上周, 明年, 今年7月, 昨天), resolved against the article's reference date. The ISO value keeps
 * only the precision the text gives (2026, 2025-07, 2025-W44, 2025-10-28).
 *
 * <p>Resolution rules, because news leaves the year and week implicit: a partial date is the
 * candidate nearest the reference date (so 12月30日 in a January article is last December); a bare
 * weekday is the latest such day on or before the reference date, or the next one when 将 follows it
 * (周五将举行 is upcoming); 每周一 (every Monday), 3日内 (within three days) and 7日均线 are no dates. A weekday paired with a date — 周二（10月28日） — yields one fact with the
 * date, and {@code weekday_matches=false} when the two disagree. "当地时间" next to a date is noted
 * as {@code local_time=true}: the date is local to the dateline, not Beijing.
 */
public final class DateExtractor {

    private static final String NUM = "(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})";
    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})";
    private static final String WEEKDAY = "(?:周|星期|礼拜)(?<wd>[一二三四五六日天])";
    /** Spaces may split a date where layout or OCR broke the line: 10月 28日, 10 月27日. */
    private static final String MONTH_DAY = "(?:(?<y>" + YEAR + ")\\s?年\\s?)?(?<m>" + NUM + ")\\s?月\\s?(?<d>" + NUM + ")\\s?[日号]";
    private static final Pattern LOCAL_TIME_AFTER = Pattern.compile("^\\s?[（(]?当地时间");
    private static final Pattern LOCAL_TIME_BEFORE = Pattern.compile("当地时间[）)]?\\s?$");
    private static final Pattern UPCOMING = Pattern.compile("^[^，。；！？]{0,4}将");
    private static final ChineseNumberParser NUMBERS = new ChineseNumberParser();

    /** A resolved date: ISO text, precision, and extra attributes. */
    private record Resolved(String iso, String precision, Map<String, Object> attributes) {
        static Resolved of(String iso, String precision) {
            return new Resolved(iso, precision, new LinkedHashMap<>());
        }
    }

    private record Rule(StartScan pattern, double confidence, BiFunction<Matcher, Context, Optional<Resolved>> resolve) {
        Rule(Pattern pattern, double confidence, BiFunction<Matcher, Context, Optional<Resolved>> resolve) {
            this(new StartScan(pattern), confidence, resolve);
        }
    }

    private record Context(String text, LocalDate reference) {
    }

    private final List<Rule> rules = List.of(
            new Rule(Pattern.compile("(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?:\\s?(?<t>\\d{1,2}:\\d{2}))?(?!\\d)"), 0.95,
                    (m, c) -> day(number(m.group("y")), number(m.group("m")), number(m.group("d")))
                            .map(r -> withTime(r, m.group("t")))),
            new Rule(Pattern.compile("(?<rel>今年|明年|去年|前年)(?:\\s?(?<m>" + NUM + ")\\s?月(?:\\s?(?<d>" + NUM + ")\\s?[日号])?)?"), 0.85,
                    DateExtractor::relativeYear),
            new Rule(Pattern.compile(WEEKDAY + "\\s?[（(]\\s?" + MONTH_DAY + "\\s?[）)]"), 0.95, DateExtractor::weekdayPair),
            new Rule(Pattern.compile(MONTH_DAY + "\\s?[（(]\\s?" + WEEKDAY + "\\s?[）)]"), 0.95, DateExtractor::weekdayPair),
            new Rule(Pattern.compile(MONTH_DAY), 0.9, DateExtractor::monthDay),
            new Rule(Pattern.compile("(?<y>" + YEAR + ")年(?<m>" + NUM + ")月(?![" + "0-9一二三四五六七八九十廿卅" + "])"), 0.9,
                    (m, c) -> month(number(m.group("y")), number(m.group("m")))),
            new Rule(Pattern.compile("(?<y>" + YEAR + ")年(?!代|度|级|龄|轻|内|间|来)"), 0.85,
                    (m, c) -> Optional.of(Resolved.of(String.valueOf(number(m.group("y"))), "year"))),
            new Rule(Pattern.compile("(?<![0-9月])(?<d>\\d{1,2})日(?![内间均])"), 0.7, DateExtractor::dayOnly),
            new Rule(Pattern.compile("(?<!每)(?<rel>上个?|下个?|本|这)?" + WEEKDAY + "(?!次)"), 0.7, DateExtractor::weekday),
            new Rule(Pattern.compile("(?<rel>上|下|本|这)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天])"), 0.7, DateExtractor::week),
            new Rule(Pattern.compile("(?<rel>上个?月|下个?月|本月|这个月)"), 0.7, DateExtractor::relativeMonth),
            new Rule(Pattern.compile("(?<![0-9年个上下本])(?<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?![0-9一二三四五六七八九十廿卅]|份?[0-9])"), 0.6,
                    DateExtractor::monthOnly),
            new Rule(Pattern.compile("(?<rel>今天|今日|昨天|昨日|明天|明日|前天|后天)"), 0.8, DateExtractor::relativeDay));

    public List<Fact> extract(String text, LocalDate reference) {
        return extract(StartScans.everywhere(text), reference);
    }

    /** Dates in {@code starts.text()}, visiting only {@code starts}, found for these patterns and maybe others. */
    List<Fact> extract(StartScans.Starts starts, LocalDate reference) {
        String text = starts.text();
        Context context = new Context(text, reference);
        List<Fact> facts = new ArrayList<>();
        Spans taken = new Spans();
        for (Rule rule : rules) {
            StartScan.Scan scan = rule.pattern().scan(starts);
            Matcher m = scan.matcher();
            while (scan.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.overlapsAny(start, end)) {
                    continue;
                }
                Optional<Resolved> resolved;
                try {
                    resolved = rule.resolve().apply(m, context);
                } catch (DateTimeException invalid) {
                    resolved = Optional.empty(); // 2月30日 and the like: not a date.
                }
                if (resolved.isPresent()) {
                    facts.add(toFact(text, start, end, rule.confidence(), resolved.get()));
                    taken.add(start, end);
                }
            }
        }
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    /** The patterns {@link #extract(StartScans.Starts, LocalDate)} needs positions for. */
    List<StartScan> patterns() {
        return rules.stream().map(Rule::pattern).toList();
    }

    private static Fact toFact(String text, int start, int end, double confidence, Resolved resolved) {
        Map<String, Object> attributes = new LinkedHashMap<>(resolved.attributes());
        attributes.put("precision", resolved.precision());
        // Regions rather than substrings: the same anchoring at the region's ends, without copying the rest of the text.
        // lookingAt rather than find for these ^-anchored patterns: the same match, without trying every later
        // position of the text for each date (quadratic in a text of thousands of dates).
        if (LOCAL_TIME_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || LOCAL_TIME_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
            attributes.put("local_time", true);
        }
        if (Boolean.FALSE.equals(attributes.get("weekday_matches"))) {
            confidence = 0.5;
        }
        return new Fact(FactKind.DATE, text.substring(start, end), null, null, null, resolved.iso(), start, end, 0,
                confidence, attributes);
    }

    private static Optional<Resolved> monthDay(Matcher m, Context c) {
        int month = number(m.group("m"));
        int day = number(m.group("d"));
        if (m.group("y") != null) {
            return day(number(m.group("y")), month, day);
        }
        int year = c.reference().getYear();
        LocalDate nearest = Stream.of(year - 1, year, year + 1)
                .filter(y -> day <= YearMonth.of(y, month).lengthOfMonth())
                .map(y -> LocalDate.of(y, month, day))
                .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - c.reference().toEpochDay())))
                .orElseThrow(() -> new DateTimeException("no such day"));
        Resolved resolved = Resolved.of(nearest.toString(), "day");
        resolved.attributes().put("inferred_year", true);
        return Optional.of(resolved);
    }

    private static Optional<Resolved> weekdayPair(Matcher m, Context c) {
        Optional<Resolved> date = monthDay(m, c);
        date.ifPresent(r -> {
            DayOfWeek stated = dayOfWeek(m.group("wd"));
            r.attributes().put("weekday", stated.toString());
            r.attributes().put("weekday_matches", LocalDate.parse(r.iso()).getDayOfWeek() == stated);
        });
        return date;
    }

    private static Optional<Resolved> dayOnly(Matcher m, Context c) {
        int day = number(m.group("d"));
        YearMonth here = YearMonth.from(c.reference());
        Optional<LocalDate> nearest = Stream.of(here.minusMonths(1), here, here.plusMonths(1))
                .filter(ym -> day >= 1 && day <= ym.lengthOfMonth())
                .map(ym -> ym.atDay(day))
                .min(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - c.reference().toEpochDay())));
        return nearest.map(d -> {
            Resolved resolved = Resolved.of(d.toString(), "day");
            resolved.attributes().put("inferred_month", true);
            return resolved;
        });
    }

    /** A bare month (9月) is the one of that name nearest the reference date. */
    private static Optional<Resolved> monthOnly(Matcher m, Context c) {
        int month = number(m.group("m"));
        YearMonth here = YearMonth.from(c.reference());
        YearMonth nearest = Stream.of(here.getYear() - 1, here.getYear(), here.getYear() + 1)
                .map(y -> YearMonth.of(y, month))
                .min(Comparator.comparingLong(ym -> Math.abs(ym.atDay(15).toEpochDay() - c.reference().toEpochDay())))
                .orElseThrow();
        Resolved resolved = Resolved.of(nearest.toString(), "month");
        resolved.attributes().put("inferred_year", true);
        return Optional.of(resolved);
    }

    private static Optional<Resolved> relativeYear(Matcher m, Context c) {
        int offset = switch (m.group("rel")) {
            case "明年" -> 1;
            case "去年" -> -1;
            case "前年" -> -2;
            default -> 0;
        };
        int year = c.reference().getYear() + offset;
        Optional<Resolved> resolved;
        if (m.group("d") != null) {
            resolved = day(year, number(m.group("m")), number(m.group("d")));
        } else if (m.group("m") != null) {
            resolved = month(year, number(m.group("m")));
        } else {
            resolved = Optional.of(Resolved.of(String.valueOf(year), "year"));
        }
        resolved.ifPresent(r -> r.attributes().put("relative", true));
        return resolved;
    }

    private static Optional<Resolved> weekday(Matcher m, Context c) {
        DayOfWeek day = dayOfWeek(m.group("wd"));
        String rel = m.group("rel");
        LocalDate date;
        if (rel == null) {
            boolean upcoming = UPCOMING.matcher(c.text()).region(m.end(), c.text().length()).lookingAt();
            date = upcoming ? c.reference().with(TemporalAdjusters.next(day))
                    : c.reference().with(TemporalAdjusters.previousOrSame(day));
        } else {
            LocalDate monday = c.reference().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            date = monday.plusWeeks(weekOffset(rel)).with(TemporalAdjusters.nextOrSame(day));
        }
        Resolved resolved = Resolved.of(date.toString(), "day");
        resolved.attributes().put("relative", true);
        resolved.attributes().put("weekday", day.toString());
        return Optional.of(resolved);
    }

    private static Optional<Resolved> week(Matcher m, Context c) {
        LocalDate inWeek = c.reference().plusWeeks(weekOffset(m.group("rel")));
        String iso = String.format("%d-W%02d", inWeek.get(IsoFields.WEEK_BASED_YEAR), inWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Resolved resolved = Resolved.of(iso, "week");
        resolved.attributes().put("relative", true);
        return Optional.of(resolved);
    }

    private static Optional<Resolved> relativeMonth(Matcher m, Context c) {
        int offset = m.group("rel").startsWith("上") ? -1 : m.group("rel").startsWith("下") ? 1 : 0;
        YearMonth month = YearMonth.from(c.reference()).plusMonths(offset);
        Resolved resolved = Resolved.of(month.toString(), "month");
        resolved.attributes().put("relative", true);
        return Optional.of(resolved);
    }

    private static Optional<Resolved> relativeDay(Matcher m, Context c) {
        int offset = switch (m.group("rel")) {
            case "昨天", "昨日" -> -1;
            case "明天", "明日" -> 1;
            case "前天" -> -2;
            case "后天" -> 2;
            default -> 0;
        };
        Resolved resolved = Resolved.of(c.reference().plusDays(offset).toString(), "day");
        resolved.attributes().put("relative", true);
        return Optional.of(resolved);
    }

    private static int weekOffset(String rel) {
        return rel.startsWith("上") ? -1 : rel.startsWith("下") ? 1 : 0;
    }

    private static Optional<Resolved> day(int year, int month, int day) {
        return Optional.of(Resolved.of(LocalDate.of(year, month, day).toString(), "day"));
    }

    private static Optional<Resolved> month(int year, int month) {
        return Optional.of(Resolved.of(YearMonth.of(year, month).toString(), "month"));
    }

    private static Resolved withTime(Resolved resolved, String time) {
        if (time != null) {
            resolved.attributes().put("time", time);
        }
        return resolved;
    }

    private static DayOfWeek dayOfWeek(String han) {
        return switch (han) {
            case "一" -> DayOfWeek.MONDAY;
            case "二" -> DayOfWeek.TUESDAY;
            case "三" -> DayOfWeek.WEDNESDAY;
            case "四" -> DayOfWeek.THURSDAY;
            case "五" -> DayOfWeek.FRIDAY;
            case "六" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static int number(String text) {
        return (int) NUMBERS.parse(text).orElseThrow(() -> new DateTimeException("not a number: " + text)).value();
    }
}
