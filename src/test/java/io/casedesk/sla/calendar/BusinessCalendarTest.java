package io.casedesk.sla.calendar;

import static io.casedesk.sla.calendar.TestCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Weekday hours with a lunch break, and night shifts across midnight, in June 2026 (EDT, -04:00). */
class BusinessCalendarTest {

    // June 2026: Mon 1, Tue 2, Wed 3, Thu 4, Fri 5, Sat 6, Sun 7, Mon 8.
    private final BusinessCalendar lunch = TestCalendars.withLunchBreak();
    private final BusinessCalendar nights = TestCalendars.nightShifts();

    @ParameterizedTest(name = "{0} -> working={1}, next {2}")
    @CsvSource(textBlock = """
            # instant,                  working, next working instant
            2026-06-02T10:00-04:00,     true,    2026-06-02T10:00-04:00
            # start of hours is working
            2026-06-02T09:00-04:00,     true,    2026-06-02T09:00-04:00
            2026-06-02T08:59-04:00,     false,   2026-06-02T09:00-04:00
            # end of a stretch is not
            2026-06-02T12:00-04:00,     false,   2026-06-02T13:00-04:00
            # lunch
            2026-06-02T12:30-04:00,     false,   2026-06-02T13:00-04:00
            2026-06-02T17:00-04:00,     false,   2026-06-03T09:00-04:00
            # Friday evening -> Monday
            2026-06-05T17:30-04:00,     false,   2026-06-08T09:00-04:00
            # Saturday
            2026-06-06T10:00-04:00,     false,   2026-06-08T09:00-04:00
            # Paris 08:00 is New York 02:00
            2026-06-01T08:00+02:00,     false,   2026-06-01T09:00-04:00
            # Paris 15:00 is New York 09:00
            2026-06-01T15:00+02:00,     true,    2026-06-01T15:00+02:00
            """)
    void workingTimeWithLunchBreak(String instant, boolean working, String next) {
        assertThat(lunch.isWorkingTime(at(instant))).isEqualTo(working);
        assertThat(lunch.nextWorkingInstant(at(instant))).isEqualTo(at(next));
    }

    static Stream<Arguments> additionsWithLunchBreak() {
        return Stream.of(
                Arguments.of("2026-06-02T10:00-04:00", "PT1H", "2026-06-02T11:00-04:00"),
                // 30 min before lunch, 30 after it
                Arguments.of("2026-06-02T11:30-04:00", "PT1H", "2026-06-02T13:30-04:00"),
                // runs out exactly at 17:00: due then, not next morning
                Arguments.of("2026-06-02T16:00-04:00", "PT1H", "2026-06-02T17:00-04:00"),
                Arguments.of("2026-06-02T16:30-04:00", "PT1H", "2026-06-03T09:30-04:00"),
                // zero from lunch is the next working instant
                Arguments.of("2026-06-02T12:30-04:00", "PT0S", "2026-06-02T13:00-04:00"),
                Arguments.of("2026-06-02T10:00-04:00", "PT0S", "2026-06-02T10:00-04:00"),
                // 1 h on Friday, 1 h on Monday
                Arguments.of("2026-06-05T16:00-04:00", "PT2H", "2026-06-08T10:00-04:00"),
                // Saturday: Monday 09-12 is 3 h, 13-17 is 4 h: 7 h ends at Monday 17:00
                Arguments.of("2026-06-06T10:00-04:00", "PT7H", "2026-06-08T17:00-04:00"),
                // Tue 7 h + Wed 7 h = 14 h, one more hour is Thursday 10:00
                Arguments.of("2026-06-02T09:00-04:00", "PT14H", "2026-06-03T17:00-04:00"),
                Arguments.of("2026-06-02T09:00-04:00", "PT15H", "2026-06-04T10:00-04:00"),
                // a customer in Paris at 08:00 (+02:00) is New York 02:00: counting starts 09:00
                Arguments.of("2026-06-01T08:00+02:00", "PT30M", "2026-06-01T09:30-04:00"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @MethodSource("additionsWithLunchBreak")
    void addsBusinessTime(String start, String businessTime, String due) {
        assertThat(lunch.add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "between({0}, add({0}, {1})) = {1}")
    @MethodSource("additionsWithLunchBreak")
    void betweenUndoesAdd(String start, String businessTime, String ignoredDue) {
        Duration duration = Duration.parse(businessTime);
        assertThat(lunch.between(at(start), lunch.add(at(start), duration))).isEqualTo(duration);
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource(textBlock = """
            2026-06-02T10:00-04:00, 2026-06-02T11:00-04:00, PT1H
            # one full day with lunch
            2026-06-02T08:00-04:00, 2026-06-03T08:00-04:00, PT7H
            # lunch only
            2026-06-02T12:00-04:00, 2026-06-02T13:00-04:00, PT0S
            # weekend only
            2026-06-06T00:00-04:00, 2026-06-08T00:00-04:00, PT0S
            # reversed
            2026-06-02T11:00-04:00, 2026-06-02T10:00-04:00, PT0S
            # a week: 5 x 7 h
            2026-06-01T00:00-04:00, 2026-06-08T00:00-04:00, PT35H
            """)
    void measuresBusinessTimeBetween(String from, String to, String expected) {
        assertThat(lunch.between(at(from), at(to))).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest(name = "end of working day around {0} = {1}")
    @CsvSource(textBlock = """
            2026-06-02T10:00-04:00, 2026-06-02T17:00-04:00
            # lunch belongs to its day
            2026-06-02T12:30-04:00, 2026-06-02T17:00-04:00
            # before hours: today
            2026-06-02T07:00-04:00, 2026-06-02T17:00-04:00
            # after hours: tomorrow
            2026-06-02T17:30-04:00, 2026-06-03T17:00-04:00
            # Friday evening: Monday
            2026-06-05T18:00-04:00, 2026-06-08T17:00-04:00
            """)
    void endOfWorkingDay(String instant, String end) {
        assertThat(lunch.endOfWorkingDay(at(instant))).isEqualTo(at(end));
    }

    @ParameterizedTest(name = "night shifts: {0} -> working={1}, next {2}, end of day {3}")
    @CsvSource(textBlock = """
            # instant,                working, next working,            end of working day
            # Monday's shift
            2026-06-02T03:00-04:00,   true,    2026-06-02T03:00-04:00,  2026-06-02T07:00-04:00
            # Sunday has no shift
            2026-06-01T03:00-04:00,   false,   2026-06-01T18:00-04:00,  2026-06-02T07:00-04:00
            # Friday's shift ends Saturday
            2026-06-06T06:00-04:00,   true,    2026-06-06T06:00-04:00,  2026-06-06T07:00-04:00
            2026-06-06T07:00-04:00,   false,   2026-06-08T18:00-04:00,  2026-06-09T07:00-04:00
            2026-06-02T12:00-04:00,   false,   2026-06-02T18:00-04:00,  2026-06-03T07:00-04:00
            """)
    void nightShiftsBelongToTheDayTheyStart(String instant, boolean working, String next, String endOfDay) {
        assertThat(nights.isWorkingTime(at(instant))).isEqualTo(working);
        assertThat(nights.nextWorkingInstant(at(instant))).isEqualTo(at(next));
        assertThat(nights.endOfWorkingDay(at(instant))).isEqualTo(at(endOfDay));
    }

    @ParameterizedTest(name = "night shifts: {0} + {1} = {2}")
    @CsvSource(textBlock = """
            2026-06-01T17:00-04:00, PT2H,  2026-06-01T20:00-04:00
            # 1 h until 07:00, 1 h from 18:00
            2026-06-02T06:00-04:00, PT2H,  2026-06-02T19:00-04:00
            # one whole shift across midnight
            2026-06-01T18:00-04:00, PT13H, 2026-06-02T07:00-04:00
            """)
    void addsAcrossMidnight(String start, String businessTime, String due) {
        assertThat(nights.add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
        assertThat(nights.between(at(start), at(due))).isEqualTo(Duration.parse(businessTime));
    }

    @Test
    void countsNightShiftsAcrossMidnight() {
        // Monday 00:00 -> Wednesday 00:00: Mon 18:00-Tue 07:00 (13 h) + Tue 18:00-24:00 (6 h)
        assertThat(nights.between(at("2026-06-01T00:00-04:00"), at("2026-06-03T00:00-04:00")))
                .isEqualTo(Duration.ofHours(19));
    }

    @Test
    void refusesACalendarWithoutWorkingTime() {
        assertThatThrownBy(() -> BusinessCalendar.builder("empty week", TestCalendars.NEW_YORK).build())
                .isInstanceOf(CalendarWithoutWorkingTimeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"empty week\" has no working time");
    }

    @Test
    void refusesOverlappingHours() {
        assertThatThrownBy(() -> BusinessCalendar.builder("double booked", TestCalendars.NEW_YORK)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
        // Sunday's night shift runs into Monday 06:00, past Monday's 05:00 start.
        assertThatThrownBy(() -> BusinessCalendar.builder("wrap around", TestCalendars.NEW_YORK)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(5, 0), LocalTime.of(9, 0)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void refusesNegativeBusinessTime() {
        assertThatThrownBy(() -> lunch.add(at("2026-06-02T10:00-04:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesUpWhenHolidaysCoverEveryWorkingHourForYears() {
        // Only Mondays 09:00-10:00, and every Monday for four years is an organisation holiday.
        LocalDate firstMonday = LocalDate.of(2026, 6, 1);
        OrganisationHolidays everyMonday = OrganisationHolidays.of(Stream.iterate(firstMonday, d -> d.plusWeeks(1))
                .limit(4 * 53)
                .map(d -> Holiday.wholeDay(d, "closed"))
                .toList());
        BusinessCalendar closed = BusinessCalendar.builder("closed", TestCalendars.NEW_YORK)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))
                .holidays(everyMonday).build();

        assertThatThrownBy(() -> closed.nextWorkingInstant(at("2026-06-01T00:00-04:00")))
                .isInstanceOf(NoWorkingTimeAheadException.class)
                .hasMessageContaining("within 3 years");
        assertThatThrownBy(() -> closed.endOfWorkingDay(at("2026-06-01T00:00-04:00")))
                .isInstanceOf(NoWorkingTimeAheadException.class);
    }
}
