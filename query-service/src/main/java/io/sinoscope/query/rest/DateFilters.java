package io.sinoscope.query.rest;

import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code from}, {@code to} and {@code tz} parameters every dated listing shares (search, facts, stories, timeline
 * and their exports): an inclusive range whose bare dates are days in {@code tz}, the reader's zone, by default
 * {@code sinoscope.query.default-time-zone} (Asia/Shanghai): {@code from=2025-04-02&to=2025-04-02} is 2 April as
 * Beijing, Hong Kong and Taipei lived it, 2025-04-01T16:00Z to 2025-04-02T15:59:59.999Z.
 */
@ApplicationScoped
public class DateFilters {

    static final String FROM = TimeParam.ZONED_FORMS + "; inclusive: a date means from the start of that day in tz";
    static final String TO = TimeParam.ZONED_FORMS + "; inclusive: a date means to the end of that day in tz";
    static final String TZ = "the zone the days of from and to are in: " + TimeParam.ZONE_FORMS
            + "; default sinoscope.query.default-time-zone (Asia/Shanghai)";

    /** An inclusive range, either end possibly open (null), and the zone its dates were read in. */
    record Range(Instant from, Instant to, ZoneId zone) {
    }

    private final ZoneId defaultZone;

    DateFilters(@ConfigProperty(name = "sinoscope.query.default-time-zone") ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** One whole day and the zone it is in. */
    record Day(LocalDate date, ZoneId zone) {
    }

    /**
     * The day a {@code date} parameter names in {@code tz} (default as for ranges), today there when absent; a 400
     * problem+json names a bad tz, a date that is not one, or a date-time.
     */
    Day day(String date, String tz) {
        ZoneId zone = TimeParam.zone("tz", tz, defaultZone);
        if (date == null || date.isBlank()) {
            return new Day(LocalDate.now(zone), zone);
        }
        if (date.contains("T")) {
            throw ProblemException.badRequest("date must be a day such as 2026-03-04 (the whole day in tz), not a "
                    + "time, was '" + date + "'");
        }
        return new Day(LocalDate.ofInstant(TimeParam.parse("date", date, zone), zone), zone);
    }

    /** The range the parameters say; a 400 problem+json names a bad tz, from or to, or a from after to. */
    Range range(String from, String to, String tz) {
        ZoneId zone = TimeParam.zone("tz", tz, defaultZone);
        Range range = new Range(TimeParam.parse("from", from, zone), TimeParam.parseEnd("to", to, zone), zone);
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw ProblemException.badRequest("from (" + from + ") is after to (" + to + ") in " + zone
                    + ": swap them");
        }
        return range;
    }
}
