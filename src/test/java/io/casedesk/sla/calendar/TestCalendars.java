package io.casedesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;

/** Small calendars whose hours are easy to check by hand, and instant parsing for tables. */
final class TestCalendars {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private TestCalendars() {
    }

    /** "2026-06-02T10:00-04:00": tables state the offset so each row reads as local time. */
    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    /** Monday–Friday 09:00–17:00 New York, no holidays. */
    static BusinessCalendar nineToFive() {
        return BusinessCalendar.builder("nine to five", NEW_YORK)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    }

    /** Monday–Friday 09:00–12:00 and 13:00–17:00 New York: seven hours with a lunch break. */
    static BusinessCalendar withLunchBreak() {
        return BusinessCalendar.builder("with lunch break", NEW_YORK)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .mondayToFriday(LocalTime.of(13, 0), LocalTime.of(17, 0)).build();
    }

    /** Night shifts Monday–Friday 18:00–07:00 New York; Friday's shift ends Saturday 07:00. */
    static BusinessCalendar nightShifts(HolidaySource... holidays) {
        return BusinessCalendar.builder("night shifts", NEW_YORK)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.of(7, 0))
                .holidays(holidays).build();
    }
}
