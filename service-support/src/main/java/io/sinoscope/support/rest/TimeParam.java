package io.sinoscope.support.rest;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A point in time given as a query parameter, the way people type it: a date, a date-time with offset, or a date-time
 * without one (UTC). The one parser of every service's date parameters, so {@code since}, {@code from} and {@code to}
 * accept the same forms and fail with the same explanation.
 */
public final class TimeParam {

    /** The accepted forms, for OpenAPI descriptions and problem details. */
    public static final String FORMS = "an ISO-8601 date (2024-05-01) or date-time (2024-05-01T08:00:00Z or "
            + "2024-05-01T16:00:00+08:00; without an offset, UTC)";

    private TimeParam() {
    }

    /**
     * @return the instant, a date meaning its start in UTC; null when the parameter is absent or blank
     * @throws ProblemException 400 naming the parameter, the value and the accepted forms
     */
    public static Instant parse(String name, String value) {
        return parse(name, value, false);
    }

    /**
     * As {@link #parse(String, String)}, but a date means the last millisecond of that UTC day: the end of an
     * inclusive range ({@code to=2024-05-01} takes in all of 1 May).
     */
    public static Instant parseEnd(String name, String value) {
        return parse(name, value, true);
    }

    private static Instant parse(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (!text.contains("T")) {
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
            throw ProblemException.badRequest(name + " must be " + FORMS + ", was '" + value + "'");
        }
    }
}
