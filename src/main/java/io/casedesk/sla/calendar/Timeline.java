package io.casedesk.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Working time day by day: a date's weekly intervals resolved to instants, minus holidays. Holidays
 * remove wall-clock time, so a holiday on the 25th also cuts the 25th's morning off a night shift
 * that started on the 24th.
 */
final class Timeline {

    /** How far ahead any search goes before it gives up (see {@link NoWorkingTimeAheadException}). */
    static final int YEARS_AHEAD = 3;

    private final String name;
    private final ZoneId zone;
    private final WeeklySchedule schedule;
    private final HolidayBook holidays;

    Timeline(String name, ZoneId zone, WeeklySchedule schedule, HolidayBook holidays) {
        this.name = name;
        this.zone = zone;
        this.schedule = schedule;
        this.holidays = holidays;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The working time that belongs to {@code date} (intervals starting that day), in order. */
    List<Segment> segmentsOf(LocalDate date) {
        List<Segment> segments = new ArrayList<>();
        for (WorkingInterval interval : schedule.on(date.getDayOfWeek())) {
            Segment segment = interval.on(date, zone);
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return segments;
        }
        // An interval resolves to at most the next day, so only these two dates can cut into it.
        for (LocalDate day : List.of(date, date.plusDays(1))) {
            for (Holiday holiday : holidays.on(day)) {
                Segment off = holiday.in(zone);
                List<Segment> left = new ArrayList<>();
                segments.forEach(segment -> left.addAll(segment.minus(off)));
                segments = left;
            }
        }
        return segments;
    }

    /**
     * The working day an instant belongs to: the date whose working time starts at or before it
     * and ends after it, counting a lunch break as part of the day around it.
     */
    Optional<LocalDate> workingDayAround(Instant instant) {
        LocalDate date = dateOf(instant);
        for (LocalDate candidate : List.of(date.minusDays(1), date)) {
            List<Segment> segments = segmentsOf(candidate);
            if (!segments.isEmpty()
                    && !instant.isBefore(segments.get(0).start())
                    && instant.isBefore(segments.get(segments.size() - 1).end())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first date after {@code date} with working time. */
    LocalDate workingDayAfter(LocalDate date) {
        LocalDate limit = date.plusYears(YEARS_AHEAD);
        for (LocalDate candidate = date.plusDays(1); !candidate.isAfter(limit); candidate = candidate.plusDays(1)) {
            if (!segmentsOf(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new NoWorkingTimeAheadException(name, startOf(date), YEARS_AHEAD);
    }

    Instant endOf(LocalDate workingDay) {
        List<Segment> segments = segmentsOf(workingDay);
        return segments.get(segments.size() - 1).end();
    }

    /** Working time of {@code workingDay} before {@code instant}. */
    Duration workedBefore(LocalDate workingDay, Instant instant) {
        Duration worked = Duration.ZERO;
        for (Segment segment : segmentsOf(workingDay)) {
            if (!segment.start().isBefore(instant)) {
                break;
            }
            Instant end = segment.end().isBefore(instant) ? segment.end() : instant;
            worked = worked.plus(Duration.between(segment.start(), end));
        }
        return worked;
    }

    /**
     * The instant {@code worked} into the working time of {@code workingDay}, or the end of that
     * day when it has less working time than that.
     */
    Instant after(LocalDate workingDay, Duration worked) {
        Duration remaining = worked;
        List<Segment> segments = segmentsOf(workingDay);
        for (Segment segment : segments) {
            if (remaining.compareTo(segment.length()) <= 0) {
                return segment.start().plus(remaining);
            }
            remaining = remaining.minus(segment.length());
        }
        return segments.get(segments.size() - 1).end();
    }

    SegmentCursor from(Instant instant) {
        return new SegmentCursor(this, instant, dateOf(instant).plusYears(YEARS_AHEAD));
    }

    SegmentCursor from(Instant instant, LocalDate lastDate) {
        return new SegmentCursor(this, instant, lastDate);
    }

    NoWorkingTimeAheadException noWorkingTimeAfter(Instant instant) {
        return new NoWorkingTimeAheadException(name, instant, YEARS_AHEAD);
    }
}
