package io.casedesk.sla.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A day, or part of a day, without working time, in the calendar's local wall-clock time. An end of
 * 00:00 means "until midnight", so a whole day is 00:00–00:00.
 *
 * @param date the local date
 * @param from first local time off
 * @param until local time work resumes; 00:00 for the end of the day
 * @param name what the day is, for people reading a due date
 */
public record Holiday(LocalDate date, LocalTime from, LocalTime until, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(name, "name");
        if (!until.equals(LocalTime.MIDNIGHT) && !until.isAfter(from)) {
            throw new IllegalArgumentException("Holiday \"" + name + "\" on " + date
                    + " must end after it starts (" + from + "–" + until + ")");
        }
    }

    public static Holiday wholeDay(LocalDate date, String name) {
        return new Holiday(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, name);
    }

    /** Time off from {@code from} until {@code until} (00:00 meaning until midnight) on {@code date}. */
    public static Holiday partDay(LocalDate date, LocalTime from, LocalTime until, String name) {
        return new Holiday(date, from, until, name);
    }

    public boolean isWholeDay() {
        return from.equals(LocalTime.MIDNIGHT) && until.equals(LocalTime.MIDNIGHT);
    }

    Segment in(ZoneId zone) {
        ZonedDateTime start = from.equals(LocalTime.MIDNIGHT)
                ? date.atStartOfDay(zone)
                : ZonedDateTime.of(date, from, zone);
        ZonedDateTime end = until.equals(LocalTime.MIDNIGHT)
                ? date.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(date, until, zone);
        return new Segment(start.toInstant(), end.toInstant());
    }
}
