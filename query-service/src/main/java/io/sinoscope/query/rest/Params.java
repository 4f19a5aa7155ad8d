package io.sinoscope.query.rest;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.LocalDate;

/** Parsing of query parameters into 400 problems with a clear detail. */
final class Params {

    static final String DATE_FORMAT = "an ISO-8601 date (2024-05-01) or date-time (2024-05-01T08:00:00Z or "
            + "2024-05-01T16:00:00+08:00)";

    private Params() {
    }

    static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, was " + value);
        }
    }

    /** A 0-based page of {@code size} items. */
    record Page(int page, int size) {
    }

    /**
     * page and size checked against the limits: size 1..maxSize, page 0 or more, and no page reaching past item
     * {@code maxWindow} (deep paging costs the index more than any reader gains).
     */
    static Page page(String page, String size, int defaultSize, int maxSize, int maxWindow, String whatToDoInstead) {
        int sizeValue = integer("size", size, defaultSize);
        if (sizeValue < 1 || sizeValue > maxSize) {
            throw ProblemException.badRequest("size must be between 1 and " + maxSize + ", was " + sizeValue);
        }
        int pageValue = integer("page", page, 0);
        if (pageValue < 0) {
            throw ProblemException.badRequest("page is 0-based and must be 0 or more, was " + pageValue);
        }
        if ((long) (pageValue + 1) * sizeValue > maxWindow) {
            throw ProblemException.badRequest("page × size reaches past item " + maxWindow + ": " + whatToDoInstead);
        }
        return new Page(pageValue, sizeValue);
    }

    /** An inclusive date range; either end may be open (null). */
    record Range(Instant from, Instant to) {
    }

    static Range range(String from, String to) {
        Range range = new Range(instant("from", from, false), instant("to", to, true));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw ProblemException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        return range;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An instant from a date (start or end of that UTC day), a date-time with offset, or one without (UTC). */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                        : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be " + DATE_FORMAT + ", was " + value);
        }
    }
}
