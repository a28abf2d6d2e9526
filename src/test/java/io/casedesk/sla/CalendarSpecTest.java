package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;

/** A calendar written out for administrators reads back as the same working time. */
class CalendarSpecTest {

    @Test
    void everyShippedCalendarSurvivesTheRoundTrip() {
        for (PolicySet set : PolicySets.shipped().values()) {
            for (BusinessCalendar shipped : set.calendars()) {
                BusinessCalendar copy = CalendarSpec.of(shipped).toCalendar();
                // Across Christmas and New Year: holidays, weekends and hours must all agree
                Instant from = at("2026-12-20T00:00Z");
                assertThat(copy.between(from, from.plus(Duration.ofDays(20)))).as(shipped.name())
                        .isEqualTo(shipped.between(from, from.plus(Duration.ofDays(20))));
                assertThat(copy.add(from, Duration.ofHours(30))).as(shipped.name()).isEqualTo(shipped.add(from, Duration.ofHours(30)));
            }
        }
    }

    @Test
    void readsPolicyCsHours() {
        CalendarSpec spec = CalendarSpec.of(ExampleCalendars.policyC());
        assertThat(spec.hours()).contains("MONDAY 07:00-18:00", "FRIDAY 07:00-18:00").hasSize(5);
        assertThat(spec.publicHolidays()).containsExactly("US");
    }

    @Test
    void saysWhichFieldIsWrong() {
        assertThatThrownBy(() -> new CalendarSpec("x", "Mars/Olympus", false, List.of("MONDAY 09:00-17:00"), null, null).toCalendar())
                .isInstanceOf(SlaException.class).extracting("field").isEqualTo("timeZone");
        assertThatThrownBy(() -> new CalendarSpec("x", "UTC", false, List.of("Mondays 9 to 5"), null, null).toCalendar())
                .isInstanceOf(SlaException.class).extracting("field").isEqualTo("hours[0]");
        assertThatThrownBy(() -> new CalendarSpec("x", "UTC", false, List.of("MONDAY 09:00-17:00"), List.of("XX"), null).toCalendar())
                .isInstanceOf(SlaException.class).extracting("field").isEqualTo("publicHolidays[0]");
        assertThatThrownBy(() -> new CalendarSpec("x", "UTC", false, List.of(), null, null).toCalendar())
                .isInstanceOf(SlaException.class).hasMessageContaining("no working time");
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
