package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.cases.CasesProperties;

/** Reminders to a silent customer land only in support hours (policy C: Mon–Fri 07:00–18:00 Chicago). */
class CalendarReminderScheduleTest {

    @ParameterizedTest(name = "pending {0}, interval {1}: reminder {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-01T10:00-05:00 | P3D   | 2026-06-04T10:00-05:00
            2026-06-03T20:00-05:00 | P2D   | 2026-06-08T07:00-05:00
            2026-06-05T17:30-05:00 | PT1H  | 2026-06-08T07:00-05:00
            2026-07-02T12:00-05:00 | P1D   | 2026-07-06T07:00-05:00
            """)
    void remindersWaitForTheNextWorkingInstant(String from, String interval, String expected) {
        var properties = new CasesProperties(null, null, null, Duration.parse(interval), null);
        var schedule = new CalendarReminderSchedule(new PolicySets(new SlaProperties("policy-c", null)), properties);
        assertThat(schedule.nextReminder(null, at(from))).isEqualTo(at(expected));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
