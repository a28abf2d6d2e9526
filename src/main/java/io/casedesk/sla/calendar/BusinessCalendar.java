package io.casedesk.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a support team works: weekly wall-clock hours in an IANA zone minus holidays, or 24x7. It
 * answers the questions an SLA clock asks: is this working time, when does working time resume,
 * how much of it lies between two instants, and when has a given amount of it elapsed.
 *
 * <p>Immutable and thread-safe; holiday lookups are cached per year.
 */
public final class BusinessCalendar {

    private final String name;
    private final ZoneId zone;
    private final boolean twentyFourSeven;
    private final WeeklySchedule schedule;
    private final HolidayBook holidays;
    private final Timeline timeline;

    private BusinessCalendar(String name, ZoneId zone, boolean twentyFourSeven,
                             List<WorkingInterval> intervals, List<HolidaySource> holidaySources) {
        this.name = Objects.requireNonNull(name, "name");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.twentyFourSeven = twentyFourSeven;
        this.schedule = new WeeklySchedule(name, intervals);
        this.holidays = new HolidayBook(holidaySources);
        this.timeline = new Timeline(name, zone, schedule, holidays);
    }

    public static Builder builder(String name, ZoneId zone) {
        return new Builder(name, zone);
    }

    /** Always working, holidays included: each local day (23, 24 or 25 hours) counts in full. */
    public static BusinessCalendar twentyFourSeven(String name, ZoneId zone) {
        List<WorkingInterval> wholeWeek = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            wholeWeek.add(new WorkingInterval(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return new BusinessCalendar(name, zone, true, wholeWeek, List.of());
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isTwentyFourSeven() {
        return twentyFourSeven;
    }

    /** The weekly hours as text, one interval each: "MONDAY 09:00-17:00" (an end at or before the start runs past midnight). */
    public List<String> weeklyHours() {
        return schedule.all().stream().map(i -> i.day() + " " + i.start() + "-" + i.end()).toList();
    }

    /** Where the holidays come from, for describing and rebuilding the calendar. */
    public List<HolidaySource> holidaySources() {
        return holidays.sources();
    }

    public boolean isWorkingTime(Instant instant) {
        return timeline.from(instant).nextOrThrow().start().equals(instant);
    }

    /** The instant itself when it is working time, else the instant working time next begins. */
    public Instant nextWorkingInstant(Instant instant) {
        return timeline.from(instant).nextOrThrow().start();
    }

    /**
     * The instant by which {@code businessTime} of working time has elapsed, counting from
     * {@code start} or, outside working time, from the next working instant. Time that runs out
     * exactly at the end of a working stretch is due at that end (17:00), not when work resumes.
     */
    public Instant add(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + businessTime);
        }
        SegmentCursor cursor = timeline.from(start);
        Duration remaining = businessTime;
        while (true) {
            Segment stretch = cursor.nextOrThrow();
            if (remaining.compareTo(stretch.length()) <= 0) {
                return stretch.start().plus(remaining);
            }
            remaining = remaining.minus(stretch.length());
        }
    }

    /** Working time in [from, to); zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        // Bounded by 'to', so this walk cannot run away and needs no three-year limit.
        SegmentCursor cursor = timeline.from(from, timeline.dateOf(to));
        Duration worked = Duration.ZERO;
        for (Segment stretch = cursor.next(); stretch != null && stretch.start().isBefore(to); stretch = cursor.next()) {
            Instant end = stretch.end().isBefore(to) ? stretch.end() : to;
            worked = worked.plus(Duration.between(stretch.start(), end));
        }
        return worked;
    }

    /**
     * The end of the working day the instant falls in (a lunch break belongs to its day; a night
     * shift to the day it started), or, outside working hours, of the next working day.
     */
    public Instant endOfWorkingDay(Instant instant) {
        LocalDate day = timeline.workingDayAround(instant)
                .or(() -> timeline.workingDayAround(nextWorkingInstant(instant)))
                .orElseThrow();
        return timeline.endOf(day);
    }

    /**
     * {@code days} working days after {@code start}, at the same amount of working time into the
     * day as the start had (clamped to the end of a shorter day). A clock that starts as a working
     * day begins uses up its days at the end of the last one (Monday 09:00 + 1 day is Monday 17:00),
     * the instant {@link #add} and a paused and resumed clock give too, not the next morning. On a
     * 24x7 calendar a day is 24 hours of elapsed time.
     */
    Instant addWorkingDays(Instant start, int days) {
        if (twentyFourSeven) {
            return start.plus(Duration.ofHours(24L * days));
        }
        Instant clockStart = nextWorkingInstant(start);
        LocalDate day = timeline.workingDayAround(clockStart).orElseThrow();
        Duration intoDay = timeline.workedBefore(day, clockStart);
        if (intoDay.isZero()) {
            for (int i = 1; i < days; i++) {
                day = timeline.workingDayAfter(day);
            }
            return timeline.endOf(day);
        }
        for (int i = 0; i < days; i++) {
            day = timeline.workingDayAfter(day);
        }
        return timeline.after(day, intoDay);
    }

    @Override
    public String toString() {
        if (twentyFourSeven) {
            return name + " (24x7, " + zone + ")";
        }
        return name + " (" + schedule.all() + ", " + zone + ", holidays " + holidays.sources() + ")";
    }

    /** Collects weekly hours and holiday sources; {@link #build()} refuses a week without hours. */
    public static final class Builder {

        private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        private final String name;
        private final ZoneId zone;
        private final List<WorkingInterval> intervals = new ArrayList<>();
        private final List<HolidaySource> holidaySources = new ArrayList<>();

        private Builder(String name, ZoneId zone) {
            this.name = Objects.requireNonNull(name, "name");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /** Working hours on one weekday; an end at or before the start runs past midnight. */
        public Builder hours(DayOfWeek day, LocalTime start, LocalTime end) {
            intervals.add(new WorkingInterval(day, start, end));
            return this;
        }

        public Builder hours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
            days.forEach(day -> hours(day, start, end));
            return this;
        }

        public Builder mondayToFriday(LocalTime start, LocalTime end) {
            return hours(MONDAY_TO_FRIDAY, start, end);
        }

        public Builder holidays(HolidaySource... sources) {
            holidaySources.addAll(List.of(sources));
            return this;
        }

        public BusinessCalendar build() {
            return new BusinessCalendar(name, zone, false, intervals, holidaySources);
        }
    }
}
