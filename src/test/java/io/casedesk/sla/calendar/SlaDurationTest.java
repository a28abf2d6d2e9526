package io.casedesk.sla.calendar;

import static io.casedesk.sla.calendar.TestCalendars.NEW_YORK;
import static io.casedesk.sla.calendar.TestCalendars.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SLA duration texts of DMN tables, and their due dates. June 2026: Mon 1 ... Fri 5, Mon 8. */
class SlaDurationTest {

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(textBlock = """
            30 minutes,                      30 business minutes
            1 minute,                        1 business minute
            90 minutes,                      90 business minutes
            60 minutes,                      1 business hour
            1 hour,                          1 business hour
            8 business hours,                8 business hours
            2 Working Hours,                 2 business hours
            '  1   HOUR ',                   1 business hour
            PT30M,                           30 business minutes
            pt1h30m,                         90 business minutes
            PT8H,                            8 business hours
            1 working day,                   1 working day
            3 Business Days,                 3 working days
            1 business day,                  1 working day
            1 week,                          1 week
            2 WEEKS,                         2 weeks
            1 month,                         1 month
            6 months,                        6 months
            End of first working day,        end of first working day
            end of the first business day,   end of first working day
            by the Work Order date,          by the Work Order date
            By Work Order Date,              by the Work Order date
            by 2026-12-31,                   by 2026-12-31
            """)
    void readsTheFormsProcessOwnersWrite(String text, String canonical) {
        SlaDuration duration = SlaDuration.parse(text);
        assertThat(duration).hasToString(canonical);
        assertThat(SlaDuration.parse(canonical)).isEqualTo(duration);
    }

    @Test
    void equalDurationsAreEqualWhateverTheSpelling() {
        assertThat(SlaDuration.parse("PT1H"))
                .isEqualTo(SlaDuration.parse("60 minutes"))
                .isEqualTo(SlaDuration.businessHours(1))
                .hasSameHashCodeAs(SlaDuration.businessMinutes(60));
        assertThat(SlaDuration.parse("1 week")).isNotEqualTo(SlaDuration.parse("5 working days"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"soon", "", "2 days", "0 hours", "-1 hour", "P1D", "PT30S", "2 business weeks",
            "1 business month", "1.5 hours", "end of day", "by 2026-02-30", "by tomorrow"})
    void refusesTextItCannotReadAndSaysWhatItCan(String text) {
        assertThatThrownBy(() -> SlaDuration.parse(text))
                .isInstanceOf(UnrecognisedSlaDurationException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read SLA duration \"" + text + "\". Write one of: ")
                .hasMessageContaining("\"8 business hours\"")
                .hasMessageContaining("\"PT30M\"")
                .hasMessageContaining("\"1 working day\"")
                .hasMessageContaining("\"1 month\"")
                .hasMessageContaining("\"end of first working day\"");
    }

    @Test
    void aTargetByTheWorkOrderDateWaitsForTheCasesDate() {
        SlaDuration byWorkOrder = SlaDuration.parse("by the Work Order date");
        assertThat(byWorkOrder.needsWorkOrderDate()).isTrue();
        assertThat(byWorkOrder.forWorkOrderDate(java.time.LocalDate.of(2026, 12, 31))).isEqualTo(SlaDuration.parse("by 2026-12-31"));
        assertThat(SlaDuration.parse("1 month").forWorkOrderDate(java.time.LocalDate.of(2026, 12, 31)))
                .isEqualTo(SlaDuration.months(1));
        assertThatThrownBy(() -> byWorkOrder.dueFrom(TestCalendars.nineToFive(), at("2026-06-02T10:00-04:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Work Order date");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> SlaDuration.parse(null))
                .isInstanceOf(UnrecognisedSlaDurationException.class)
                .hasMessageStartingWith("Cannot read SLA duration null.");
    }

    @ParameterizedTest(name = "9-17: {0} from {1} is due {2}")
    @CsvSource(textBlock = """
            # 15 min on Tuesday, 15 min on Wednesday
            30 minutes,                2026-06-02T16:45-04:00,  2026-06-03T09:15-04:00
            # 4 h Tuesday until 17:00, 4 h Wednesday
            8 business hours,          2026-06-02T13:00-04:00,  2026-06-03T13:00-04:00
            PT8H,                      2026-06-02T13:00-04:00,  2026-06-03T13:00-04:00
            # a working day later, one hour into the day as Tuesday 10:00 was
            1 working day,             2026-06-02T10:00-04:00,  2026-06-03T10:00-04:00
            1 working day,             2026-06-05T10:00-04:00,  2026-06-08T10:00-04:00
            # Tuesday 20:00: the clock starts Wednesday 09:00, two whole working days end Thursday 17:00
            2 business days,           2026-06-02T20:00-04:00,  2026-06-04T17:00-04:00
            # Saturday: the clock starts Monday 09:00, so Monday's end uses up the day
            1 working day,             2026-06-06T11:00-04:00,  2026-06-08T17:00-04:00
            # calendar weeks and months from the start, ignoring hours
            1 week,                    2026-06-02T10:00-04:00,  2026-06-09T10:00-04:00
            1 week,                    2026-06-06T11:00-04:00,  2026-06-13T11:00-04:00
            # across the March change: same wall-clock time, EST -> EDT (167 elapsed hours)
            1 week,                    2026-03-05T10:00-05:00,  2026-03-12T10:00-04:00
            1 month,                   2026-06-02T10:00-04:00,  2026-07-02T10:00-04:00
            # 31 January + 1 month is the last day of February
            1 month,                   2026-01-31T10:00-05:00,  2026-02-28T10:00-05:00
            end of first working day,  2026-06-02T10:00-04:00,  2026-06-02T17:00-04:00
            end of first working day,  2026-06-02T18:00-04:00,  2026-06-03T17:00-04:00
            end of first working day,  2026-06-02T07:00-04:00,  2026-06-02T17:00-04:00
            end of first working day,  2026-06-06T10:00-04:00,  2026-06-08T17:00-04:00
            # a date is due when it ends in the calendar's zone, whenever the clock started
            by 2026-06-30,             2026-06-02T10:00-04:00,  2026-07-01T00:00-04:00
            by 2026-06-30,             2026-07-02T10:00-04:00,  2026-07-01T00:00-04:00
            """)
    void dueDatesOnNineToFive(String duration, String start, String due) {
        assertThat(SlaDuration.parse(duration).dueFrom(TestCalendars.nineToFive(), at(start))).isEqualTo(at(due));
    }

    @Test
    void aWorkingDayLandsAtTheEndOfAShorterTargetDay() {
        // Monday-Thursday 09:00-17:00 but Friday 09:00-13:00. Thursday 16:00 is 7 h into its day;
        // Friday has only 4 h, so the target is Friday's end, 13:00.
        BusinessCalendar shortFriday = BusinessCalendar.builder("short Friday", NEW_YORK)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)).build();
        assertThat(SlaDuration.workingDays(1).dueFrom(shortFriday, at("2026-06-04T16:00-04:00")))
                .isEqualTo(at("2026-06-05T13:00-04:00"));
        // Friday 12:00 is 3 h into Friday; Monday 09:00 + 3 h = 12:00.
        assertThat(SlaDuration.workingDays(1).dueFrom(shortFriday, at("2026-06-05T12:00-04:00")))
                .isEqualTo(at("2026-06-08T12:00-04:00"));
    }

    @Test
    void aWorkingDayCountsWorkingTimeIntoTheDayNotTheWallClock() {
        // 09-12 and 13-17: Tuesday 14:00 is 4 h into the day (3 h morning + 1 h afternoon),
        // so Wednesday 13:00 + 1 h = 14:00.
        BusinessCalendar lunch = TestCalendars.withLunchBreak();
        assertThat(SlaDuration.workingDays(1).dueFrom(lunch, at("2026-06-02T14:00-04:00")))
                .isEqualTo(at("2026-06-03T14:00-04:00"));
        // Tuesday 13:00 is 3 h into the day: the earliest instant 3 h into Wednesday is 12:00,
        // before the lunch break (as add() also stops at the end of a stretch).
        assertThat(SlaDuration.workingDays(1).dueFrom(lunch, at("2026-06-02T13:00-04:00")))
                .isEqualTo(at("2026-06-03T12:00-04:00"));
        // In the lunch break the clock has not restarted: the next working instant, Tuesday 13:00.
        assertThat(SlaDuration.workingDays(1).dueFrom(lunch, at("2026-06-02T12:30-04:00")))
                .isEqualTo(at("2026-06-03T12:00-04:00"));
    }

    @ParameterizedTest(name = "24x7: {0} from {1} is due {2}")
    @CsvSource(textBlock = """
            # a day on a 24x7 calendar is 24 elapsed hours: Saturday noon EST + 24 h is Sunday 13:00 EDT
            1 working day,             2026-03-07T12:00-05:00,  2026-03-08T13:00-04:00
            2 business days,           2026-06-06T12:00-04:00,  2026-06-08T12:00-04:00
            2 business hours,          2026-06-06T23:30-04:00,  2026-06-07T01:30-04:00
            # the working day of a 24x7 calendar is the local date: the 23-hour 8 March ends at midnight
            end of first working day,  2026-03-08T10:00-04:00,  2026-03-09T00:00-04:00
            """)
    void dueDatesOnTwentyFourSeven(String duration, String start, String due) {
        BusinessCalendar allDay = BusinessCalendar.twentyFourSeven("24x7", NEW_YORK);
        assertThat(SlaDuration.parse(duration).dueFrom(allDay, at(start))).isEqualTo(at(due));
    }

    @Test
    void factoriesRefuseNonsense() {
        assertThatThrownBy(() -> SlaDuration.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaDuration.businessMinutes(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaDuration.businessTime(java.time.Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
