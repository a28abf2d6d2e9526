package io.casedesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Weekly working hours on one day, in wall-clock time. An end at or before the start means the
 * interval runs past midnight (an 18:00–07:00 on-call window belongs to the day it starts on);
 * 00:00–00:00 is the whole day.
 */
record WorkingInterval(DayOfWeek day, LocalTime start, LocalTime end) {

    static final int SECONDS_PER_DAY = 24 * 60 * 60;

    WorkingInterval {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Where this interval falls on a concrete date, resolved in the zone (DST gaps shift forward). */
    Segment on(LocalDate date, ZoneId zone) {
        LocalDate endDate = crossesMidnight() ? date.plusDays(1) : date;
        return new Segment(
                ZonedDateTime.of(date, start, zone).toInstant(),
                ZonedDateTime.of(endDate, end, zone).toInstant());
    }

    /** Seconds from Monday 00:00 to the start, for checking overlaps within a week. */
    int startSecondOfWeek() {
        return (day.getValue() - 1) * SECONDS_PER_DAY + start.toSecondOfDay();
    }

    /** Nominal length in wall-clock seconds (what it lasts on a day without a clock change). */
    int nominalSeconds() {
        int seconds = end.toSecondOfDay() - start.toSecondOfDay();
        return seconds <= 0 ? seconds + SECONDS_PER_DAY : seconds;
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
