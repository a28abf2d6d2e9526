package io.casedesk.sla.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The working intervals of a normal week, checked once so that no two of them overlap. */
final class WeeklySchedule {

    private static final int SECONDS_PER_WEEK = 7 * WorkingInterval.SECONDS_PER_DAY;

    private final Map<DayOfWeek, List<WorkingInterval>> byDay = new EnumMap<>(DayOfWeek.class);
    private final List<WorkingInterval> all;

    WeeklySchedule(String calendarName, List<WorkingInterval> intervals) {
        if (intervals.isEmpty()) {
            throw new CalendarWithoutWorkingTimeException(calendarName);
        }
        rejectOverlaps(calendarName, intervals);
        this.all = List.copyOf(intervals);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, intervals.stream()
                    .filter(interval -> interval.day() == day)
                    .sorted(Comparator.comparing(WorkingInterval::start))
                    .toList());
        }
    }

    List<WorkingInterval> on(DayOfWeek day) {
        return byDay.get(day);
    }

    List<WorkingInterval> all() {
        return all;
    }

    // Overlapping hours would count the same minute twice; such a schedule is a typing error.
    // The week is a circle: Sunday's 22:00–06:00 runs into Monday morning.
    private static void rejectOverlaps(String calendarName, List<WorkingInterval> intervals) {
        List<WorkingInterval> seen = new ArrayList<>();
        for (WorkingInterval interval : intervals) {
            for (WorkingInterval other : seen) {
                if (overlap(interval, other)) {
                    throw new IllegalArgumentException("Calendar \"" + calendarName
                            + "\": working hours " + other + " and " + interval + " overlap");
                }
            }
            seen.add(interval);
        }
    }

    private static boolean overlap(WorkingInterval a, WorkingInterval b) {
        int aToB = Math.floorMod(b.startSecondOfWeek() - a.startSecondOfWeek(), SECONDS_PER_WEEK);
        int bToA = Math.floorMod(a.startSecondOfWeek() - b.startSecondOfWeek(), SECONDS_PER_WEEK);
        return aToB < a.nominalSeconds() || bToA < b.nominalSeconds();
    }
}
