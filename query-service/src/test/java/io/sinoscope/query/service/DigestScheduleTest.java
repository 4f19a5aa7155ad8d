package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which day's digest is due when: the day before, from the digest time on, in the watch's zone. */
class DigestScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void theDayBeforeIsDueFromTheDigestTimeOnInTheWatchesZone() {
        // 2026-03-05 07:59 in Shanghai is 2026-03-04T23:59Z: the 4th's digest waits until 08:00.
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), DigestSchedule.dueDay(
                Instant.parse("2026-03-04T23:59:00Z"), SHANGHAI, EIGHT, LONG_AGO));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), DigestSchedule.dueDay(
                Instant.parse("2026-03-05T00:00:00Z"), SHANGHAI, EIGHT, LONG_AGO));
        // The same instant in UTC is still the 4th before 08:00 there.
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), DigestSchedule.dueDay(
                Instant.parse("2026-03-04T00:00:00Z"), ZoneId.of("UTC"), EIGHT, LONG_AGO));
        // A digest time at midnight: the day is due as soon as it ends.
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), DigestSchedule.dueDay(
                Instant.parse("2026-03-04T16:00:00Z"), SHANGHAI, LocalTime.MIDNIGHT, LONG_AGO));
    }

    @Test
    void aDayThatEndedBeforeTheWatchExistedIsNeverDue() {
        Instant created = Instant.parse("2026-03-04T02:00:00Z"); // 10:00 on the 4th in Shanghai
        assertEquals(Optional.empty(), DigestSchedule.dueDay(Instant.parse("2026-03-04T03:00:00Z"), SHANGHAI, EIGHT,
                created));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 4)), DigestSchedule.dueDay(
                Instant.parse("2026-03-05T00:00:00Z"), SHANGHAI, EIGHT, created));
    }

    @Test
    void aDayWithAClockChangeStillHasOneDigest() {
        // New York springs forward on 2026-03-08 (23 hours): the 8th is due on the 9th at 08:00 local, 12:00Z.
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 7)), DigestSchedule.dueDay(
                Instant.parse("2026-03-09T11:59:00Z"), newYork, EIGHT, LONG_AGO));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), DigestSchedule.dueDay(
                Instant.parse("2026-03-09T12:00:00Z"), newYork, EIGHT, LONG_AGO));
    }
}
