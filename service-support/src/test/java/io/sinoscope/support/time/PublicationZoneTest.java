package io.sinoscope.support.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicationZoneTest {

    private static final Instant HALF_PAST_MIDNIGHT_IN_BEIJING = Instant.parse("2025-04-01T16:30:00Z");

    @Test
    void theMainlandHongKongAndTaiwanAreUtcPlus8() {
        for (String region : new String[] {"CN", "HK", "TW"}) {
            assertEquals("2025-04-02T00:30:00+08:00", PublicationZone.iso(HALF_PAST_MIDNIGHT_IN_BEIJING, region));
            assertEquals("2025-04-02 00:30 UTC+8", PublicationZone.label(HALF_PAST_MIDNIGHT_IN_BEIJING, region));
        }
    }

    @Test
    void anyOtherRegionIsUtc() {
        assertEquals("2025-04-01T16:30:00Z", PublicationZone.iso("2025-04-01T16:30:00Z", "OTHER"));
        assertEquals("2025-04-01 16:30 UTC", PublicationZone.label(HALF_PAST_MIDNIGHT_IN_BEIJING, "OTHER"));
        assertEquals("2025-04-01 16:30 UTC", PublicationZone.label(HALF_PAST_MIDNIGHT_IN_BEIJING, null));
    }

    @Test
    void noTimeIsNoLocalTime() {
        assertNull(PublicationZone.iso((String) null, "CN"));
        assertNull(PublicationZone.label(null, "CN"));
    }

    @Test
    void offsetsAreNamedAsPeopleWriteThem() {
        assertEquals("UTC", PublicationZone.offsetName(ZoneOffset.UTC));
        assertEquals("UTC-4", PublicationZone.offsetName(ZoneOffset.ofHours(-4)));
        assertEquals("UTC+5:30", PublicationZone.offsetName(ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("UTC-9:30", PublicationZone.offsetName(ZoneOffset.ofHoursMinutes(-9, -30)));
    }
}
