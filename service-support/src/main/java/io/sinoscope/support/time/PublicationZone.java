package io.sinoscope.support.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The zone an article's time is read in: its region's civil time, UTC+8 in the mainland (Asia/Shanghai), Hong Kong
 * (Asia/Hong_Kong) and Taiwan (Asia/Taipei), and UTC for any other region. Ingest keeps a publication time as an
 * instant (the offset a page stated is applied, then dropped), so the region is all that is left to choose by.
 * The API's instants stay UTC; this gives the same instant as the article's readers saw it.
 */
public final class PublicationZone {

    private static final ZoneId MAINLAND = ZoneId.of("Asia/Shanghai");
    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private PublicationZone() {
    }

    /** The zone of a region code (CN, HK, TW, OTHER; null or unknown is UTC). */
    public static ZoneId of(String region) {
        if (region == null) {
            return ZoneOffset.UTC;
        }
        return switch (region) {
            case "CN" -> MAINLAND;
            case "HK" -> HONG_KONG;
            case "TW" -> TAIWAN;
            default -> ZoneOffset.UTC;
        };
    }

    /** The instant at the region's offset. */
    public static OffsetDateTime local(Instant instant, String region) {
        return instant.atZone(of(region)).toOffsetDateTime();
    }

    /** As {@link #local(Instant, String)}, ISO-8601 with the offset (2025-04-02T00:30:00+08:00); null for null. */
    public static String iso(Instant instant, String region) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(instant, region));
    }

    /** As {@link #iso(Instant, String)} for an ISO-8601 instant such as the API's publishedAt. */
    public static String iso(String instant, String region) {
        return instant == null ? null : iso(Instant.parse(instant), region);
    }

    /** The local wall-clock time with the zone named for people: {@code 2025-04-02 00:30 UTC+8}; null for null. */
    public static String label(Instant instant, String region) {
        if (instant == null) {
            return null;
        }
        OffsetDateTime local = local(instant, region);
        return WALL_CLOCK.format(local) + " " + offsetName(local.getOffset());
    }

    /** UTC, UTC+8, UTC-4, UTC+5:30. */
    public static String offsetName(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String hours = (seconds < 0 ? "-" : "+") + minutes / 60;
        return "UTC" + hours + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }
}
