package io.casedesk.sla.calendar;

import static io.casedesk.sla.calendar.TestCalendars.LONDON;
import static io.casedesk.sla.calendar.TestCalendars.NEW_YORK;
import static io.casedesk.sla.calendar.TestCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clock changes in 2026. New York: Sunday 8 March 02:00 EST -> 03:00 EDT, Sunday 1 November
 * 02:00 EDT -> 01:00 EST. London: Sunday 29 March 01:00 GMT -> 02:00 BST, Sunday 25 October
 * 02:00 BST -> 01:00 GMT. Business time is real elapsed time, so wall-clock hours stretch or shrink.
 */
class DaylightSavingTest {

    private static BusinessCalendar allDay(String zone) {
        return BusinessCalendar.twentyFourSeven("24x7 " + zone, ZoneId.of(zone));
    }

    /** Saturday-night on-call 18:00-07:00, which spans both changes (they happen on Sundays). */
    private static BusinessCalendar saturdayNightOnCall(String zone) {
        return BusinessCalendar.builder("Saturday on-call " + zone, ZoneId.of(zone))
                .hours(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.of(7, 0)).build();
    }

    @ParameterizedTest(name = "24x7 {0}: the day starting {1} has {3} of working time")
    @CsvSource(textBlock = """
            # zone,            start of day,            start of next day,       length
            America/New_York,  2026-03-08T00:00-05:00,  2026-03-09T00:00-04:00,  PT23H
            America/New_York,  2026-11-01T00:00-04:00,  2026-11-02T00:00-05:00,  PT25H
            Europe/London,     2026-03-29T00:00Z,       2026-03-30T00:00+01:00,  PT23H
            Europe/London,     2026-10-25T00:00+01:00,  2026-10-26T00:00Z,       PT25H
            America/New_York,  2026-06-02T00:00-04:00,  2026-06-03T00:00-04:00,  PT24H
            """)
    void aTwentyFourSevenDayIsAsLongAsTheLocalDay(String zone, String dayStart, String nextDayStart, String length) {
        BusinessCalendar calendar = allDay(zone);
        assertThat(calendar.between(at(dayStart), at(nextDayStart))).isEqualTo(Duration.parse(length));
        // The working day of a 24x7 calendar is the local date, so it ends at the next local midnight.
        assertThat(calendar.endOfWorkingDay(at(dayStart).plusSeconds(10 * 3600))).isEqualTo(at(nextDayStart));
        assertThat(calendar.isWorkingTime(at(dayStart))).isTrue();
    }

    @ParameterizedTest(name = "24x7 {0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            # 24 h from Saturday noon EST (17:00Z) is 17:00Z Sunday, 13:00 EDT on the clock
            America/New_York,  2026-03-07T12:00-05:00,  PT24H,  2026-03-08T13:00-04:00
            # 24 h from Saturday noon EDT (16:00Z) is 16:00Z Sunday, 11:00 EST on the clock
            America/New_York,  2026-10-31T12:00-04:00,  PT24H,  2026-11-01T11:00-05:00
            # 00:30 GMT + 1 h = 01:30Z, which is 02:30 BST
            Europe/London,     2026-03-29T00:30Z,       PT1H,   2026-03-29T02:30+01:00
            # 00:30 BST (23:30Z) + 2 h = 01:30Z, which is 01:30 GMT: the hour 01:00-02:00 happens twice
            Europe/London,     2026-10-25T00:30+01:00,  PT2H,   2026-10-25T01:30Z
            """)
    void twentyFourSevenAddsElapsedTime(String zone, String start, String businessTime, String due) {
        assertThat(allDay(zone).add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "on-call {0} across the change starting {1}: {3} of working time")
    @CsvSource(textBlock = """
            # zone,            shift start,             shift end,               length
            # 18:00 EST (23:00Z) -> 07:00 EDT (11:00Z): 12 h, not 13
            America/New_York,  2026-03-07T18:00-05:00,  2026-03-08T07:00-04:00,  PT12H
            # 18:00 EDT (22:00Z) -> 07:00 EST (12:00Z): 14 h
            America/New_York,  2026-10-31T18:00-04:00,  2026-11-01T07:00-05:00,  PT14H
            # 18:00 GMT (18:00Z) -> 07:00 BST (06:00Z): 12 h
            Europe/London,     2026-03-28T18:00Z,       2026-03-29T07:00+01:00,  PT12H
            # 18:00 BST (17:00Z) -> 07:00 GMT (07:00Z): 14 h
            Europe/London,     2026-10-24T18:00+01:00,  2026-10-25T07:00Z,       PT14H
            """)
    void anOnCallShiftSpanningTheChangeCountsRealHours(String zone, String shiftStart, String shiftEnd, String length) {
        BusinessCalendar onCall = saturdayNightOnCall(zone);
        Duration hours = Duration.parse(length);
        // Measured over the whole weekend, only the shift counts.
        assertThat(onCall.between(at(shiftStart).minus(Duration.ofHours(18)), at(shiftEnd).plus(Duration.ofHours(17))))
                .isEqualTo(hours);
        assertThat(onCall.add(at(shiftStart), hours)).isEqualTo(at(shiftEnd));
        assertThat(onCall.endOfWorkingDay(at(shiftStart))).isEqualTo(at(shiftEnd));
        // One minute more is the first minute of next Saturday's shift.
        assertThat(onCall.add(at(shiftStart), hours.plusMinutes(1)))
                .isEqualTo(at(shiftStart).atZone(ZoneId.of(zone)).plusWeeks(1).plusMinutes(1).toInstant());
    }

    @ParameterizedTest(name = "on-call {0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            # 18:00 EDT is 22:00Z; + 13 h = 11:00Z = 06:00 EST, though the clock shows 13 h later as 07:00
            America/New_York,  2026-10-31T18:00-04:00,  PT13H,  2026-11-01T06:00-05:00
            # 18:00 EST is 23:00Z; + 11 h = 10:00Z = 06:00 EDT
            America/New_York,  2026-03-07T18:00-05:00,  PT11H,  2026-03-08T06:00-04:00
            """)
    void onCallDueDatesAcrossTheChange(String zone, String start, String businessTime, String due) {
        assertThat(saturdayNightOnCall(zone).add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "Sunday 01:00-03:00 New York on {0}: {3}")
    @CsvSource(textBlock = """
            # 01:00 EST (06:00Z) -> 03:00 EDT (07:00Z): the hour 02:00-03:00 does not exist
            2026-03-08,  2026-03-08T00:00-05:00,  2026-03-09T00:00-04:00,  PT1H
            # 01:00 EDT (05:00Z) -> 03:00 EST (08:00Z): 01:00-02:00 happens twice
            2026-11-01,  2026-11-01T00:00-04:00,  2026-11-02T00:00-05:00,  PT3H
            2026-06-07,  2026-06-07T00:00-04:00,  2026-06-08T00:00-04:00,  PT2H
            """)
    void aNightIntervalOnAChangeDayShrinksOrStretches(String date, String dayStart, String nextDayStart, String length) {
        BusinessCalendar sundayNight = BusinessCalendar.builder("Sunday 01-03", NEW_YORK)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(3, 0)).build();
        assertThat(sundayNight.between(at(dayStart), at(nextDayStart))).isEqualTo(Duration.parse(length));
    }

    @ParameterizedTest(name = "weekday hours {0}: {1} + {2} = {3}")
    @CsvSource(textBlock = """
            # Friday 16:00 EST: 1 h Friday, the weekend changes the clock, Monday 09:00 EDT + 1 h
            America/New_York,  2026-03-06T16:00-05:00,  PT2H,   2026-03-09T10:00-04:00
            # Friday 16:00 EDT: 1 h Friday, Monday 09:00 EST + 1 h
            America/New_York,  2026-10-30T16:00-04:00,  PT2H,   2026-11-02T10:00-05:00
            Europe/London,     2026-03-27T16:00Z,       PT2H,   2026-03-30T10:00+01:00
            Europe/London,     2026-10-23T16:00+01:00,  PT2H,   2026-10-26T10:00Z
            # Friday 09:00 to Monday 17:00 is two full 8 h days whatever the weekend did
            America/New_York,  2026-03-06T09:00-05:00,  PT16H,  2026-03-09T17:00-04:00
            """)
    void weekdayHoursKeepTheirWallClockAcrossAChange(String zone, String start, String businessTime, String due) {
        BusinessCalendar nineToFive = BusinessCalendar.builder("9-17 " + zone, ZoneId.of(zone))
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        assertThat(nineToFive.add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
        assertThat(nineToFive.between(at(start), at(due))).isEqualTo(Duration.parse(businessTime));
    }

    @ParameterizedTest(name = "customer in New York {0}, team in London: working={1}, next {2}")
    @CsvSource(textBlock = """
            # Between 8 and 29 March New York is on EDT but London still on GMT: 4 h apart, not 5.
            # 05:30 EDT = 09:30Z = 09:30 GMT: London is working
            2026-03-16T05:30-04:00,  true,   2026-03-16T09:30Z
            # 04:30 EDT = 08:30Z = 08:30 GMT: London opens at 09:00 GMT
            2026-03-16T04:30-04:00,  false,  2026-03-16T09:00Z
            # after 29 March London is on BST: 04:30 EDT = 08:30Z = 09:30 BST, working
            2026-03-30T04:30-04:00,  true,   2026-03-30T09:30+01:00
            """)
    void aCustomerInAnotherZoneFollowsTheTeamsClock(String received, boolean working, String next) {
        BusinessCalendar london = BusinessCalendar.builder("London 9-17", LONDON)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        assertThat(london.isWorkingTime(at(received))).isEqualTo(working);
        assertThat(london.nextWorkingInstant(at(received))).isEqualTo(at(next));
    }
}
