package io.sinoscope.support.rest;

import io.sinoscope.support.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A point in time given as a query parameter, the way people type it: a date, a date-time with offset, or a date-time
 * without one. The one parser of every service's date parameters, so {@code since}, {@code from} and {@code to}
 * accept the same forms and fail with the same explanation.
 *
 * <p>A date and a date-time without an offset are wall-clock readings, so they need a zone: the caller's
 * ({@code tz}, where the API takes one) or UTC. The day of {@code 2025-04-02} in Asia/Shanghai starts at
 * 2025-04-01T16:00Z; in a zone with daylight saving a day may last 23 or 25 hours, and a wall-clock time the clocks
 * skip is read as the same time after the jump (as {@link java.time.ZonedDateTime#of} does).
 */
public final class TimeParam {

    /** The accepted forms where wall-clock readings are UTC, for OpenAPI descriptions and problem details. */
    public static final String FORMS = "an ISO-8601 date (2024-05-01) or date-time (2024-05-01T08:00:00Z or "
            + "2024-05-01T16:00:00+08:00; without an offset, UTC)";

    /** The accepted forms where a {@code tz} parameter says the zone of wall-clock readings. */
    public static final String ZONED_FORMS = "an ISO-8601 date (2025-04-02) or date-time (2025-04-02T08:30:00+08:00 "
            + "or 2025-04-02T00:30:00Z; a date, or a date-time without an offset, is read in tz)";

    /** What a time-zone parameter accepts, for OpenAPI descriptions and problem details. */
    public static final String ZONE_FORMS = "an IANA time-zone id such as Asia/Shanghai, Asia/Taipei, "
            + "Asia/Hong_Kong, UTC or America/New_York";

    private TimeParam() {
    }

    /**
     * @return the instant, a date meaning its start in UTC; null when the parameter is absent or blank
     * @throws ProblemException 400 naming the parameter, the value and the accepted forms
     */
    public static Instant parse(String name, String value) {
        return parse(name, value, ZoneOffset.UTC, false, FORMS);
    }

    /**
     * As {@link #parse(String, String)}, but a date means the last millisecond of that UTC day: the end of an
     * inclusive range ({@code to=2024-05-01} takes in all of 1 May).
     */
    public static Instant parseEnd(String name, String value) {
        return parse(name, value, ZoneOffset.UTC, true, FORMS);
    }

    /** As {@link #parse(String, String)}, a date or a date-time without offset read in {@code zone}. */
    public static Instant parse(String name, String value, ZoneId zone) {
        return parse(name, value, zone, false, ZONED_FORMS);
    }

    /** As {@link #parseEnd(String, String)}: a date means the last millisecond of that day in {@code zone}. */
    public static Instant parseEnd(String name, String value, ZoneId zone) {
        return parse(name, value, zone, true, ZONED_FORMS);
    }

    /**
     * @return the zone an IANA id (or a fixed offset such as +08:00) names; {@code fallback} when absent or blank
     * @throws ProblemException 400 naming the parameter, the value and an example
     */
    public static ZoneId zone(String name, String value, ZoneId fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(name + " must be " + ZONE_FORMS + ", was '" + value + "'");
        }
    }

    private static Instant parse(String name, String value, ZoneId zone, boolean endOfDay, String forms) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (!text.contains("T")) {
                LocalDate date = LocalDate.parse(text);
                return endOfDay ? date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1)
                        : date.atStartOfDay(zone).toInstant();
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be " + forms + ", was '" + value + "'");
        }
    }
}
