package io.sinoscope.text.fact;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateExtractorTest {

    /** A Wednesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2025, 10, 29);
    private final DateExtractor extractor = new DateExtractor();

    private List<String> dates(String text) {
        return extractor.extract(text, REFERENCE).stream().map(Fact::date).toList();
    }

    @Test
    void readsAbsoluteAndPartialDates() {
        assertEquals(List.of("2025-10-27"), dates("2025年10月27日，双方会晤。"));
        assertEquals(List.of("2025-10-28", "2025-11-04"), dates("10月28日发表声明，4日生效。"));
        assertEquals(List.of("2024-12-30"), extractor.extract("12月30日", LocalDate.of(2025, 1, 3)).stream().map(Fact::date).toList());
        assertEquals(List.of("2025-10-27"), dates("二〇二五年十月二十七日"));
        assertEquals(List.of("2025-07"), dates("2025年7月"));
    }

    @Test
    void resolvesRelativeDates() {
        assertEquals(List.of("2025-10-28"), dates("特朗普周二表示"));
        assertEquals(List.of("2025-10-31"), dates("双方周五将举行会谈"));
        assertEquals(List.of("2025-W43"), dates("上周"));
        assertEquals(List.of("2026"), dates("明年"));
        assertEquals(List.of("2025-07"), dates("今年7月"));
        assertEquals(List.of("2026-01-01"), dates("明年1月1日起"));
        assertEquals(List.of("2025-10-28"), dates("昨天"));
        assertEquals(List.of("2025-10-21"), dates("上周二"));
    }

    @Test
    void checksWeekdayAgainstDateAndNotesLocalTime() {
        Fact ok = extractor.extract("当地时间周二（10月28日）", REFERENCE).get(0);
        assertEquals("周二（10月28日）", ok.text());
        assertEquals(true, ok.attributes().get("weekday_matches"));
        assertEquals(true, ok.attributes().get("local_time"));
        Fact wrong = extractor.extract("周三(10月28日)", REFERENCE).get(0);
        assertEquals(false, wrong.attributes().get("weekday_matches"));
        assertEquals(true, extractor.extract("10月27日(当地时间)", REFERENCE).get(0).attributes().get("local_time"));
        Fact split = extractor.extract("总统周二(10月 28日)抵达", REFERENCE).get(0);
        assertEquals("周二(10月 28日)", split.text());
        assertEquals(true, split.attributes().get("weekday_matches"));
    }

    @Test
    void readsTimestampsAndRejectsImpossibleDates() {
        Fact stamp = extractor.extract("发布时间：2025-10-29 09:30", REFERENCE).get(0);
        assertEquals("2025-10-29", stamp.date());
        assertEquals("09:30", stamp.attributes().get("time"));
        assertTrue(dates("2月30日").isEmpty());
        assertTrue(dates("须在3日内答复，每周一开会，一周一次，跌破20日均线").isEmpty());
    }
}
