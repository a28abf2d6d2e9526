package io.casedesk.sla.calendar;

import static io.casedesk.sla.calendar.TestCalendars.NEW_YORK;
import static io.casedesk.sla.calendar.TestCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jollyday public holidays, an organisation's own dates and part days, on 09:00-17:00 New York. */
class HolidaysTest {

    private static final HolidaySource US = JollydayHolidays.of("US");
    private static final HolidaySource COMPANY = OrganisationHolidays.of(
            Holiday.wholeDay(LocalDate.of(2026, 6, 5), "Company day"),
            Holiday.partDay(LocalDate.of(2026, 6, 3), LocalTime.of(10, 0), LocalTime.of(11, 0), "All-hands meeting"),
            Holiday.partDay(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0), LocalTime.MIDNIGHT, "Christmas Eve afternoon"));

    private final BusinessCalendar office = BusinessCalendar.builder("New York office", NEW_YORK)
            .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(US, COMPANY).build();

    @ParameterizedTest(name = "{3}: {0} + {1} = {2}")
    @CsvSource(textBlock = """
            # Thanksgiving is Thursday 26 November: 1 h Wednesday, Friday 09:00 + 1 h
            2026-11-25T16:00-05:00,  PT2H,  2026-11-27T10:00-05:00,  Thanksgiving
            # Christmas Eve afternoon off: 1 h Thursday morning, Friday 25th Christmas, Monday 09:00 + 1 h
            2026-12-24T11:00-05:00,  PT2H,  2026-12-28T10:00-05:00,  part-day holiday then Christmas
            # 4 July 2026 is a Saturday, so Friday 3 July is the federal day off: Thursday 16:00 + 1 h, Monday + 1 h
            2026-07-02T16:00-04:00,  PT2H,  2026-07-06T10:00-04:00,  Independence Day observed on Friday
            # the all-hands hour 10:00-11:00 does not count: 09:30-10:00 and 11:00-11:30
            2026-06-03T09:30-04:00,  PT1H,  2026-06-03T11:30-04:00,  part-day all-hands
            # company day Friday 5 June: 1 h Thursday, Monday 09:00 + 1 h
            2026-06-04T16:00-04:00,  PT2H,  2026-06-08T10:00-04:00,  organisation date
            # received on the holiday itself: counting starts Friday 09:00
            2026-11-26T10:00-05:00,  PT30M, 2026-11-27T09:30-05:00,  received on Thanksgiving
            """)
    void holidaysAreNotWorkingTime(String start, String businessTime, String due, String why) {
        assertThat(office.add(at(start), Duration.parse(businessTime))).isEqualTo(at(due));
        assertThat(office.between(at(start), at(due))).isEqualTo(Duration.parse(businessTime));
    }

    @ParameterizedTest(name = "{0}: working={1}, next {2}")
    @CsvSource(textBlock = """
            2026-11-26T10:00-05:00,  false,  2026-11-27T09:00-05:00
            2026-12-25T10:00-05:00,  false,  2026-12-28T09:00-05:00
            2026-12-24T11:59-05:00,  true,   2026-12-24T11:59-05:00
            2026-12-24T12:00-05:00,  false,  2026-12-28T09:00-05:00
            2026-06-03T10:30-04:00,  false,  2026-06-03T11:00-04:00
            2026-07-03T10:00-04:00,  false,  2026-07-06T09:00-04:00
            """)
    void nextWorkingInstantSkipsHolidays(String instant, boolean working, String next) {
        assertThat(office.isWorkingTime(at(instant))).isEqualTo(working);
        assertThat(office.nextWorkingInstant(at(instant))).isEqualTo(at(next));
    }

    @Test
    void aPartDayHolidayShortensItsWorkingDay() {
        // Christmas Eve works 09:00-12:00 only: 3 h, and the day ends at 12:00.
        assertThat(office.between(at("2026-12-24T00:00-05:00"), at("2026-12-25T00:00-05:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(office.endOfWorkingDay(at("2026-12-24T10:00-05:00"))).isEqualTo(at("2026-12-24T12:00-05:00"));
        // The all-hands hour makes Wednesday 3 June 7 h long instead of 8.
        assertThat(office.between(at("2026-06-03T09:00-04:00"), at("2026-06-03T17:00-04:00"))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void aHolidayCutsTheWallClockDateOutOfNightShifts() {
        // Night shifts 18:00-07:00 with Wednesday 3 June off. Tuesday 00:00 -> Thursday 12:00 counts
        // Monday's shift until Tue 07:00 (7 h), Tuesday's until midnight (6 h; Wednesday is off),
        // and what is left of Wednesday's shift, Thursday 00:00-07:00 (7 h): 20 h.
        BusinessCalendar nights = TestCalendars.nightShifts(
                OrganisationHolidays.of(Holiday.wholeDay(LocalDate.of(2026, 6, 3), "Closed")));
        assertThat(nights.between(at("2026-06-02T00:00-04:00"), at("2026-06-04T12:00-04:00"))).isEqualTo(Duration.ofHours(20));
        assertThat(nights.nextWorkingInstant(at("2026-06-03T00:00-04:00"))).isEqualTo(at("2026-06-04T00:00-04:00"));
    }

    @ParameterizedTest(name = "Jollyday {0}{1} in 2026 has {2} off ({3})")
    @CsvSource(textBlock = """
            US,  '',   2026-11-26,  Thanksgiving
            US,  '',   2026-12-25,  Christmas
            US,  '',   2026-07-03,  Independence Day observed
            GB,  eng,  2026-04-06,  Easter Monday in England
            GB,  eng,  2026-08-31,  summer bank holiday in England
            GB,  eng,  2026-12-28,  Boxing Day substitute (26th is a Saturday)
            FR,  '',   2026-07-14,  Fete nationale
            FR,  '',   2026-05-01,  Fete du travail
            """)
    void jollydayKnowsTheDaysOff(String country, String subdivision, LocalDate date, String what) {
        HolidaySource source = subdivision.isEmpty()
                ? JollydayHolidays.of(country)
                : JollydayHolidays.of(country, subdivision);
        assertThat(source.holidaysIn(Year.of(2026)))
                .filteredOn(holiday -> holiday.date().equals(date))
                .singleElement()
                .satisfies(holiday -> assertThat(holiday.isWholeDay()).isTrue());
    }

    @Test
    void jollydayCountsTheObservedDayNotTheDateOnASaturday() {
        assertThat(US.holidaysIn(Year.of(2026))).noneMatch(holiday -> holiday.date().equals(LocalDate.of(2026, 7, 4)));
    }

    @Test
    void jollydayIgnoresObservancesThatAreNotDaysOff() {
        // New York lists Lincoln's Birthday (12 February) as an observance only.
        assertThat(JollydayHolidays.of("US", "ny").holidaysIn(Year.of(2026)))
                .noneMatch(holiday -> holiday.date().equals(LocalDate.of(2026, 2, 12)));
    }

    @Test
    void holidaysAreLookedUpOncePerYear() {
        JollydayHolidays france = JollydayHolidays.of("FR");
        assertThat(france.holidaysIn(Year.of(2027))).isSameAs(france.holidaysIn(Year.of(2027)));
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> JollydayHolidays.of("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"XX\"");
        assertThatThrownBy(() -> JollydayHolidays.of("GB", "en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"en\"")
                .hasMessageContaining("eng");
    }

    @Test
    void aPartDayHolidayMustEndAfterItStarts() {
        assertThatThrownBy(() -> Holiday.partDay(LocalDate.of(2026, 6, 1), LocalTime.of(14, 0), LocalTime.of(12, 0), "backwards"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
    }
}
