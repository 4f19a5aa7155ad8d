package io.sinoscope.ingest.service.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads title, publication time, outlet and byline from the top of a cleaned article, where Chinese news puts them:
 * a headline line, a portal timestamp or a wire dateline (新华社北京4月8日电, 【中央社華盛頓9日綜合外電報導】,
 * 香港文匯報訊), and a reporter credit (（记者 张三）). Only the head of the text (and a short closing credit line
 * for the outlet) is read, because the body quotes other dates and outlets that say nothing about this article.
 *
 * <p>Datelines often omit the year or the month; they are completed from the time the article was received, and a
 * date that would lie after it is taken from the year (or month) before. Times without an offset are Beijing time,
 * which is also Taipei and Hong Kong time.
 */
@ApplicationScoped
public class MetadataExtractor {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Datelines, bylines and portal timestamps sit in the first lines; body text further down quotes other dates. */
    private static final int HEAD_LENGTH = 200;
    private static final int TITLE_MAX = 60;
    private static final int CREDIT_LINE_MAX = 30;

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2})[:：时時](\\d{2}))?");
    /** 新华社北京4月8日电, 中新网上海11月2日讯: month and day, the year is implied. */
    private static final Pattern MONTH_DAY_DATELINE = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日[电電讯訊]");
    /** 【中央社華盛頓9日綜合外電報導】: the day only. */
    private static final Pattern DAY_DATELINE = Pattern.compile("【[^】\\d]{2,20}?(\\d{1,2})日[^】]{0,12}】");

    private static final Pattern REPORTER = Pattern.compile(
            "(?m)(?:^|[（(【\\[\\s])[^\\s（()）【】\\[\\]]{0,6}?[记記]者\\s*(\\p{IsHan}{2,4})(?=[\\s)）】\\]、，,]|$)");
    private static final Pattern WRITER = Pattern.compile("撰稿\\s*[:：]\\s*([^\\s)）】，。,]{2,20})");
    private static final Pattern HEADING_MARKUP = Pattern.compile("^(#+\\s*|\\*\\*)|\\*\\*$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Map<String, String> outletByAlias;
    private final Pattern outletAliases;

    public MetadataExtractor() {
        outletByAlias = TsvResource.rows("outlets-v1.tsv", 2).stream()
                .collect(Collectors.toMap(row -> row[0].strip(), row -> row[1].strip(), (a, b) -> a,
                        LinkedHashMap::new));
        // Longest first, so that 香港文匯報 wins over 文匯報. Only at the start of a line (after an opening bracket):
        // that is where datelines and credits put the outlet, while "据路透社报道" cites another one.
        outletAliases = Pattern.compile("(?m)^[【（(\\[]?(" + outletByAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")");
    }

    /** @param receivedAt when the article arrived: completes dates that omit the year or month */
    public ArticleMetadata extract(String text, Instant receivedAt) {
        String head = text.substring(0, Math.min(text.length(), HEAD_LENGTH));
        LocalDate reference = receivedAt.atZone(BEIJING).toLocalDate();
        return new ArticleMetadata(title(text), publishedAt(head, reference), outlet(text, head), byline(head));
    }

    private static Optional<String> title(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        String title = HEADING_MARKUP.matcher(first).replaceAll("").strip();
        boolean headline = !title.isEmpty() && title.length() <= TITLE_MAX && !title.endsWith("。")
                && HAN.matcher(title).find() && !NUMERIC_DATE.matcher(title).find()
                && !MONTH_DAY_DATELINE.matcher(title).find() && !DAY_DATELINE.matcher(title).find();
        return headline ? Optional.of(title) : Optional.empty();
    }

    /** The earliest date in the head, whichever form it takes: that is the article's own, not one it reports. */
    private static Optional<OffsetDateTime> publishedAt(String head, LocalDate reference) {
        record Found(int at, LocalDateTime time) {
        }
        Optional<Found> earliest = Optional.empty();
        for (Pattern form : new Pattern[] {NUMERIC_DATE, CHINESE_DATE, MONTH_DAY_DATELINE, DAY_DATELINE}) {
            Matcher date = form.matcher(head);
            while (date.find()) {
                Optional<LocalDateTime> time = read(form, date, reference);
                if (time.isPresent()) {
                    if (earliest.isEmpty() || date.start() < earliest.get().at()) {
                        earliest = Optional.of(new Found(date.start(), time.get()));
                    }
                    break;
                }
            }
        }
        return earliest.map(found -> found.time().atZone(BEIJING).toOffsetDateTime());
    }

    private static Optional<LocalDateTime> read(Pattern form, Matcher date, LocalDate reference) {
        try {
            if (form == MONTH_DAY_DATELINE) {
                LocalDate day = LocalDate.of(reference.getYear(), number(date, 1), number(date, 2));
                return Optional.of((day.isAfter(reference) ? day.minusYears(1) : day).atStartOfDay());
            }
            if (form == DAY_DATELINE) {
                int day = number(date, 1);
                YearMonth month = YearMonth.from(reference);
                return Optional.of((day > reference.getDayOfMonth() ? month.minusMonths(1) : month).atDay(day)
                        .atStartOfDay());
            }
            LocalDate day = LocalDate.of(number(date, 1), number(date, 2), number(date, 3));
            LocalTime time = date.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(number(date, 4), number(date, 5),
                            date.groupCount() >= 6 && date.group(6) != null ? number(date, 6) : 0);
            return Optional.of(day.atTime(time));
        } catch (DateTimeException impossible) {
            // 2月30日 or 25:00 is a misread number, not a date.
            return Optional.empty();
        }
    }

    private static int number(Matcher date, int group) {
        return Integer.parseInt(date.group(group));
    }

    /** In the head (a dateline, 香港文匯報訊) or in a short credit line closing the article (（中央社）). */
    private Optional<String> outlet(String text, String head) {
        Optional<String> inHead = firstOutlet(head);
        if (inHead.isPresent()) {
            return inHead;
        }
        String lastLine = text.strip().substring(text.strip().lastIndexOf('\n') + 1);
        return lastLine.length() <= CREDIT_LINE_MAX ? firstOutlet(lastLine) : Optional.empty();
    }

    private Optional<String> firstOutlet(String region) {
        Matcher alias = outletAliases.matcher(region);
        return alias.find() ? Optional.of(outletByAlias.get(alias.group(1))) : Optional.empty();
    }

    private static Optional<String> byline(String head) {
        Matcher reporter = REPORTER.matcher(head);
        if (reporter.find()) {
            return Optional.of(reporter.group(1));
        }
        Matcher writer = WRITER.matcher(head);
        return writer.find() ? Optional.of(writer.group(1)) : Optional.empty();
    }
}
