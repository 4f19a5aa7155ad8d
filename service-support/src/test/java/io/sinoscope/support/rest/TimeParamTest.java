package io.sinoscope.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeParamTest {

    @Test
    void aDateIsTheStartOfItsUtcDayOrItsLastMillisecondAsAnEnd() {
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), TimeParam.parse("since", "2026-11-01"));
        assertEquals(Instant.parse("2026-11-01T23:59:59.999Z"), TimeParam.parseEnd("to", " 2026-11-01 "));
    }

    @Test
    void aDateTimeKeepsItsOffsetAndWithoutOneIsUtc() {
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), TimeParam.parse("from", "2026-11-01T08:00:00+08:00"));
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), TimeParam.parse("from", "2026-11-01T08:00:00"));
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), TimeParam.parseEnd("to", "2026-11-01T08:00:00Z"));
    }

    @Test
    void absentOrBlankIsNull() {
        assertNull(TimeParam.parse("since", null));
        assertNull(TimeParam.parseEnd("to", "  "));
    }

    @Test
    void anythingElseIsABadRequestNamingTheParameterTheValueAndTheForms() {
        ProblemException e = assertThrows(ProblemException.class, () -> TimeParam.parse("from", "yesterday"));
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().startsWith("from must be an ISO-8601 date"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was 'yesterday'"), e.getMessage());
        assertThrows(ProblemException.class, () -> TimeParam.parseEnd("to", "2026-13-01"));
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aDateInAZoneRunsFromItsLocalMidnightToTheLastMillisecondBeforeTheNext() {
        assertEquals(Instant.parse("2025-04-01T16:00:00Z"), TimeParam.parse("from", "2025-04-02", SHANGHAI));
        assertEquals(Instant.parse("2025-04-02T15:59:59.999Z"), TimeParam.parseEnd("to", "2025-04-02", SHANGHAI));
        assertEquals(Instant.parse("2025-04-02T00:00:00Z"), TimeParam.parse("from", "2025-04-02", ZoneOffset.UTC));
    }

    @Test
    void daylightSavingMakesADayOf23Or25Hours() {
        // 9 March 2025: New York's clocks jump from 02:00 EST to 03:00 EDT
        assertEquals(Instant.parse("2025-03-09T05:00:00Z"), TimeParam.parse("from", "2025-03-09", NEW_YORK));
        assertEquals(Instant.parse("2025-03-10T03:59:59.999Z"), TimeParam.parseEnd("to", "2025-03-09", NEW_YORK));
        // 2 November 2025: back from 02:00 EDT to 01:00 EST
        assertEquals(Instant.parse("2025-11-02T04:00:00Z"), TimeParam.parse("from", "2025-11-02", NEW_YORK));
        assertEquals(Instant.parse("2025-11-03T04:59:59.999Z"), TimeParam.parseEnd("to", "2025-11-02", NEW_YORK));
    }

    @Test
    void aWallClockTimeIsReadInTheZoneAndAnOffsetWinsOverIt() {
        assertEquals(Instant.parse("2025-04-02T00:30:00Z"), TimeParam.parse("from", "2025-04-02T08:30:00", SHANGHAI));
        assertEquals(Instant.parse("2025-04-02T08:30:00Z"), TimeParam.parse("from", "2025-04-02T08:30:00Z", SHANGHAI));
        assertEquals(Instant.parse("2025-04-02T12:30:00Z"),
                TimeParam.parse("from", "2025-04-02T08:30:00-04:00", SHANGHAI));
        // 02:30 does not exist in New York on 9 March 2025: read as 03:30 EDT, after the jump
        assertEquals(Instant.parse("2025-03-09T07:30:00Z"), TimeParam.parse("from", "2025-03-09T02:30", NEW_YORK));
    }

    @Test
    void aZoneIsAnIanaIdOrAnOffsetAndAbsentMeansTheFallback() {
        assertEquals(NEW_YORK, TimeParam.zone("tz", " America/New_York ", SHANGHAI));
        assertEquals(ZoneOffset.ofHours(8), TimeParam.zone("tz", "+08:00", ZoneOffset.UTC));
        assertEquals(SHANGHAI, TimeParam.zone("tz", null, SHANGHAI));
        assertEquals(SHANGHAI, TimeParam.zone("tz", "", SHANGHAI));
    }

    @Test
    void anUnknownZoneIsABadRequestWithAnExample() {
        for (String bad : new String[] {"Mars/Olympus", "Beijing", "UTC+25", "asia shanghai"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> TimeParam.zone("tz", bad, SHANGHAI));
            assertEquals(400, e.problem().status());
            assertTrue(e.getMessage().startsWith("tz must be an IANA time-zone id such as Asia/Shanghai"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("was '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aBadDateInAZoneNamesTheParameterAndTheZonedForms() {
        for (String bad : new String[] {"2025-02-30", "02/04/2025", "2025-04-02T25:00", "2025-04-02 08:30"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> TimeParam.parseEnd("to", bad, SHANGHAI));
            assertTrue(e.getMessage().startsWith("to must be an ISO-8601 date (2025-04-02)"), e.getMessage());
            assertTrue(e.getMessage().contains("read in tz"), e.getMessage());
        }
    }
}
