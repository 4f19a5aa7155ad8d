package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(24));

    @Test
    void theBoundDoublesUpToTheMaximum() {
        assertEquals(30_000, schedule.bound(1));
        assertEquals(60_000, schedule.bound(2));
        assertEquals(120_000, schedule.bound(3));
        assertEquals(3_600_000, schedule.bound(9));
        assertEquals(3_600_000, schedule.bound(1000));
    }

    @Test
    void theWaitIsJitteredWithinTheBound() {
        Instant due = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            Optional<Instant> next = schedule.next(3, due, due);
            assertTrue(next.isPresent());
            long wait = Duration.between(due, next.get()).toMillis();
            assertTrue(wait >= 0 && wait <= 120_000, "wait " + wait);
        }
    }

    @Test
    void pastTheHorizonTheNoticeIsDead() {
        Instant due = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(schedule.next(5, due, due.plus(Duration.ofHours(24)).plusMillis(1)).isEmpty());
        assertTrue(schedule.next(5, due, due.plus(Duration.ofHours(23))).isPresent()
                || schedule.bound(5) > Duration.ofHours(1).toMillis());
    }
}
