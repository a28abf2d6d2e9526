package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * One due-time convention: a target whose business time runs out exactly at the end of a working
 * interval is due at that end (17:00, or 07:00 after a night shift), never when work next resumes.
 * Each row is computed twice, as a live clock does: straight from receipt, and through a pause and
 * resume (which count the business time left); both must give the instant the row names.
 */
class DueTimeConventionTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "9-17 New York", ExampleCalendars.policyD(),
            "9-17 England", ExampleCalendars.policyBUnitedKingdom(),
            "9-12 13-17", BusinessCalendar.builder("with lunch break", NEW_YORK)
                    .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .mondayToFriday(LocalTime.of(13, 0), LocalTime.of(17, 0)).build(),
            "night 18-07", BusinessCalendar.builder("night shifts", NEW_YORK)
                    .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.of(7, 0)).build(),
            "nightly 22-06", BusinessCalendar.builder("every night", NEW_YORK)
                    .hours(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0)).build());

    @ParameterizedTest(name = "{0}: {1} from {2} is due {3}; paused {4} to {5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # calendar    | target           | received               | due without a pause    | pause from             | until                  | due with that pause
            # a clock that starts as the day begins uses the day up as it ends, not at the next morning
            9-17 New York | 1 working day    | 2026-06-01T09:00-04:00 | 2026-06-01T17:00-04:00 | 2026-06-01T10:00-04:00 | 2026-06-01T10:00-04:00 | 2026-06-01T17:00-04:00
            # received on Friday evening: the clock starts Monday 09:00; a pause over the weekend costs nothing
            9-17 New York | 1 working day    | 2026-06-05T18:00-04:00 | 2026-06-08T17:00-04:00 | 2026-06-06T10:00-04:00 | 2026-06-07T10:00-04:00 | 2026-06-08T17:00-04:00
            9-17 New York | 2 working days   | 2026-06-02T20:00-04:00 | 2026-06-04T17:00-04:00 | 2026-06-03T09:00-04:00 | 2026-06-04T09:00-04:00 | 2026-06-05T17:00-04:00
            # an hour paused moves 16:00 to 17:00, the end of the day
            9-17 New York | 7 business hours | 2026-06-01T09:00-04:00 | 2026-06-01T16:00-04:00 | 2026-06-01T10:00-04:00 | 2026-06-01T11:00-04:00 | 2026-06-01T17:00-04:00
            9-17 New York | 1 working day    | 2026-06-01T10:00-04:00 | 2026-06-02T10:00-04:00 | 2026-06-01T16:00-04:00 | 2026-06-02T09:00-04:00 | 2026-06-02T11:00-04:00
            # holidays before the next day (Good Friday, Easter Monday): Thursday's end, not Tuesday 09:00
            9-17 England  | 1 business day   | 2026-04-02T09:00+01:00 | 2026-04-02T17:00+01:00 | 2026-04-02T12:00+01:00 | 2026-04-02T12:00+01:00 | 2026-04-02T17:00+01:00
            9-17 England  | 6 business hours | 2026-04-02T10:00+01:00 | 2026-04-02T16:00+01:00 | 2026-04-02T11:00+01:00 | 2026-04-02T12:00+01:00 | 2026-04-02T17:00+01:00
            9-17 England  | 1 business day   | 2026-04-02T09:00+01:00 | 2026-04-02T17:00+01:00 | 2026-04-02T12:00+01:00 | 2026-04-07T09:00+01:00 | 2026-04-07T14:00+01:00
            # a lunch break is the end of a working interval too
            9-12 13-17    | 3 business hours | 2026-06-01T09:00-04:00 | 2026-06-01T12:00-04:00 | 2026-06-01T11:00-04:00 | 2026-06-01T16:00-04:00 | 2026-06-01T17:00-04:00
            9-12 13-17    | 1 working day    | 2026-06-01T09:00-04:00 | 2026-06-01T17:00-04:00 | 2026-06-01T12:00-04:00 | 2026-06-01T13:00-04:00 | 2026-06-01T17:00-04:00
            9-12 13-17    | 1 working day    | 2026-06-01T13:00-04:00 | 2026-06-02T12:00-04:00 | 2026-06-01T16:00-04:00 | 2026-06-01T17:00-04:00 | 2026-06-02T14:00-04:00
            # night shifts across midnight: the shift that starts Monday 18:00 ends Tuesday 07:00
            night 18-07   | 1 working day    | 2026-06-01T18:00-04:00 | 2026-06-02T07:00-04:00 | 2026-06-01T20:00-04:00 | 2026-06-01T20:00-04:00 | 2026-06-02T07:00-04:00
            night 18-07   | 12 business hours| 2026-06-01T18:00-04:00 | 2026-06-02T06:00-04:00 | 2026-06-01T20:00-04:00 | 2026-06-01T21:00-04:00 | 2026-06-02T07:00-04:00
            night 18-07   | 1 working day    | 2026-06-05T18:00-04:00 | 2026-06-06T07:00-04:00 | 2026-06-05T23:00-04:00 | 2026-06-06T00:00-04:00 | 2026-06-08T19:00-04:00
            # the night clocks spring forward (Sunday 8 March 2026, 02:00 EST -> 03:00 EDT): a 7-hour shift
            nightly 22-06 | 1 working day    | 2026-03-07T12:00-05:00 | 2026-03-08T06:00-04:00 | 2026-03-07T13:00-05:00 | 2026-03-07T14:00-05:00 | 2026-03-08T06:00-04:00
            nightly 22-06 | 7 business hours | 2026-03-07T12:00-05:00 | 2026-03-08T06:00-04:00 | 2026-03-07T13:00-05:00 | 2026-03-07T14:00-05:00 | 2026-03-08T06:00-04:00
            nightly 22-06 | 6 business hours | 2026-03-07T22:00-05:00 | 2026-03-08T05:00-04:00 | 2026-03-07T23:00-05:00 | 2026-03-08T00:00-05:00 | 2026-03-08T06:00-04:00
            nightly 22-06 | 8 business hours | 2026-03-07T22:00-05:00 | 2026-03-08T23:00-04:00 | 2026-03-07T23:00-05:00 | 2026-03-07T23:00-05:00 | 2026-03-08T23:00-04:00
            """)
    void dueAtTheEndOfTheWorkingIntervalWithOrWithoutAPause(String calendarName, String duration, String received,
            String dueWithoutPause, String pauseFrom, String pauseUntil, String dueWithPause) {
        BusinessCalendar calendar = CALENDARS.get(calendarName);
        SlaTarget target = new SlaTarget(SlaTarget.RESOLUTION, SlaDuration.parse(duration), calendar.name(), null);

        SlaClock straight = SlaClock.start(1, PolicySets.D, "table", target, calendar, at(received));
        assertThat(straight.getDueAt()).as("without a pause").isEqualTo(at(dueWithoutPause));

        SlaClock paused = SlaClock.start(2, PolicySets.D, "table", target, calendar, at(received));
        paused.pause(calendar, at(pauseFrom), "case PENDING");
        paused.resume(calendar, at(pauseUntil), "case IN_PROGRESS");
        assertThat(paused.getDueAt()).as("paused %s to %s", pauseFrom, pauseUntil).isEqualTo(at(dueWithPause));
        if (pauseFrom.equals(pauseUntil) || calendar.between(at(pauseFrom), at(pauseUntil)).isZero()) {
            // a pause that costs no business time cannot move the due time, not even across a night
            assertThat(paused.getDueAt()).isEqualTo(straight.getDueAt());
        }
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
