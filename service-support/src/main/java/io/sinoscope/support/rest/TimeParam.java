package io.sinoscope.support.rest;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A point in time given as a query parameter, the way operators type it: a date, or a date-time with offset. */
public final class TimeParam {

    private TimeParam() {
    }

    /**
     * @return the instant, a date meaning its start in UTC; null when the parameter is absent or blank
     * @throws ProblemException 400 naming the parameter and both accepted forms
     */
    public static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return trimmed.contains("T") ? OffsetDateTime.parse(trimmed).toInstant()
                    : LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " '" + value + "' is neither a date (2026-11-01) nor a date-time "
                    + "with offset (2026-11-01T08:00:00+08:00 or 2026-11-01T00:00:00Z)");
        }
    }
}
