package io.sinoscope.query.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a watch's daily digest is due: the digest of a day is sent the next day at the watch's digest time, in its
 * zone. At any moment one day is due, the latest whose sending time has passed; a day that ended before the watch
 * was created has nothing to tell and is never due.
 */
final class DigestSchedule {

    private DigestSchedule() {
    }

    /**
     * The day whose digest is due at {@code now}: yesterday once today's {@code sendAt} has passed in {@code zone},
     * the day before until then; empty if that day ended before {@code created}.
     */
    static Optional<LocalDate> dueDay(Instant now, ZoneId zone, LocalTime sendAt, Instant created) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate().minusDays(local.toLocalTime().isBefore(sendAt) ? 2 : 1);
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        return created != null && !dayEnd.isAfter(created) ? Optional.empty() : Optional.of(day);
    }
}
