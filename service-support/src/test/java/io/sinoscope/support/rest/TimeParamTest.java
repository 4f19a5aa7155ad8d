package io.sinoscope.support.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
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
}
