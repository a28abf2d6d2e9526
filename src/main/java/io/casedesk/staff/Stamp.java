package io.casedesk.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A moment as a page shows it: in UTC as written by the server (what a browser without JavaScript
 * shows), with the ISO instant a small script turns into the viewer's own time zone.
 *
 * @param iso the instant, for {@code <time datetime>}
 * @param utc the instant in UTC, e.g. {@code 2026-12-02 14:05 UTC}
 */
record Stamp(String iso, String utc) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static Stamp of(Instant at) {
        return at == null ? null : new Stamp(at.toString(), UTC.format(at));
    }

    /** The instant on a calendar's wall clock, with the zone named, e.g. {@code 2026-12-02 09:05 America/New_York}. */
    static String in(Instant at, ZoneId zone) {
        return at == null || zone == null ? null : ZONED.format(at.atZone(zone)) + " " + zone.getId();
    }
}
