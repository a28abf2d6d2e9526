package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * Policy D: "severity may be raised internally" — and policy C's P1 is answered on the emergency
 * calendar. A raised priority re-aims a clock as if the case had arrived with it, keeping its pauses.
 */
class SlaClockRetargetTest {

    // Monday 23 November 2026, 09:00 in Chicago (policy C business hours 07:00–18:00)
    private static final Instant RECEIVED = Instant.parse("2026-11-23T15:00:00Z");
    private static final BusinessCalendar BUSINESS = ExampleCalendars.policyC();
    private static final BusinessCalendar EMERGENCY = ExampleCalendars.policyCEmergency();
    private static final SlaTarget P3 = new SlaTarget(SlaTarget.FIRST_RESPONSE, SlaDuration.parse("2 business days"),
            BUSINESS.name(), 75);
    private static final SlaTarget P1 = new SlaTarget(SlaTarget.FIRST_RESPONSE, SlaDuration.parse("2 business hours"),
            EMERGENCY.name(), 75);

    @Test
    void raisedToP1TheResponseIsDueTwoHoursAfterReceiptOnTheEmergencyCalendar() {
        SlaClock clock = SlaClock.start(1, "policy-c", "t:1", P3, BUSINESS, RECEIVED);
        // P3: 2 business days = Wednesday 09:00 Chicago
        assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));

        clock.retarget(EMERGENCY, P1, "t:2", RECEIVED, List.of(), RECEIVED.plus(Duration.ofMinutes(20)), "priority P1");

        assertThat(clock.getDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
        assertThat(clock.getWarningAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(90)));
        assertThat(clock.getDurationText()).isEqualTo("2 business hours");
        assertThat(clock.getCalendarName()).isEqualTo(EMERGENCY.name());
        assertThat(clock.drainEvents()).extracting(SlaEvent::getKind)
                .containsExactly(SlaEventKind.STARTED, SlaEventKind.RETARGETED);
    }

    @Test
    void aFinishedPauseStillShiftsTheNewDueTime() {
        SlaClock clock = SlaClock.start(1, "policy-c", "t:1", P3, BUSINESS, RECEIVED);
        var pause = new SlaClock.Interval(RECEIVED.plus(Duration.ofMinutes(10)), RECEIVED.plus(Duration.ofMinutes(40)));

        clock.retarget(EMERGENCY, P1, "t:2", RECEIVED, List.of(pause), RECEIVED.plus(Duration.ofHours(1)), "priority P1");

        assertThat(clock.getDueAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(150)));
    }

    @Test
    void aPausedClockKeepsTheTimeItHadLeftWhenThePauseBegan() {
        SlaClock clock = SlaClock.start(1, "policy-c", "t:1", P3, BUSINESS, RECEIVED);
        Instant pausedAt = RECEIVED.plus(Duration.ofMinutes(20));
        clock.pause(BUSINESS, pausedAt, "case PENDING");

        clock.retarget(EMERGENCY, P1, "t:2", RECEIVED, List.of(new SlaClock.Interval(pausedAt, null)),
                RECEIVED.plus(Duration.ofMinutes(50)), "priority P1");
        assertThat(clock.remaining(EMERGENCY, RECEIVED.plus(Duration.ofMinutes(50)))).isEqualTo(Duration.ofMinutes(100));

        clock.resume(EMERGENCY, RECEIVED.plus(Duration.ofHours(3)), "case IN_PROGRESS");
        assertThat(clock.getDueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(100)));
    }

    @Test
    void aLoweredPriorityGivesMoreTimeAndAMetOrBreachedClockKeepsItsOutcome() {
        SlaClock lowered = SlaClock.start(1, "policy-c", "t:1", P1, EMERGENCY, RECEIVED);
        lowered.retarget(BUSINESS, P3, "t:2", RECEIVED, List.of(), RECEIVED.plus(Duration.ofMinutes(30)), "priority P3");
        assertThat(lowered.getDueAt()).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));

        SlaClock met = SlaClock.start(1, "policy-c", "t:1", P3, BUSINESS, RECEIVED);
        met.meet(BUSINESS, RECEIVED.plus(Duration.ofMinutes(5)));
        met.retarget(EMERGENCY, P1, "t:2", RECEIVED, List.of(), RECEIVED.plus(Duration.ofMinutes(30)), "priority P1");
        assertThat(met.getState()).isEqualTo(ClockState.MET);
        assertThat(met.getDurationText()).isEqualTo(P3.duration().toString());
    }

    @Test
    void aTargetThatNoLongerAppliesIsRetiredNotMet() {
        SlaClock bulletin = SlaClock.start(1, "policy-a", "t:1",
                new SlaTarget(SlaTarget.UPDATE_INTERVAL, SlaDuration.parse("1 hour"), "Policy A core hours", null),
                ExampleCalendars.policyA(), RECEIVED);

        bulletin.retire(RECEIVED.plus(Duration.ofMinutes(30)), "no update-interval target at priority P2");

        assertThat(bulletin.getState()).isEqualTo(ClockState.RETIRED);
        assertThat(bulletin.nextDeadline()).isNull();
        assertThat(bulletin.remaining(ExampleCalendars.policyA(), RECEIVED.plus(Duration.ofHours(1)))).isZero();
    }

    @Test
    void pausesAreReadFromTheClockHistory() {
        Instant t = RECEIVED;
        List<SlaEvent> history = List.of(
                new SlaEvent(1, "resolution", SlaEventKind.STARTED, t, null, null),
                new SlaEvent(1, "resolution", SlaEventKind.PAUSED, t.plusSeconds(600), null, null),
                new SlaEvent(1, "first-response", SlaEventKind.PAUSED, t.plusSeconds(700), null, null),
                new SlaEvent(1, "resolution", SlaEventKind.RESUMED, t.plusSeconds(1200), null, null),
                new SlaEvent(1, "resolution", SlaEventKind.MET, t.plusSeconds(3000), null, null));

        assertThat(SlaClocks.pausesOf(history, "resolution")).containsExactly(
                new SlaClock.Interval(t.plusSeconds(600), t.plusSeconds(1200)),
                new SlaClock.Interval(t.plusSeconds(3000), null));
    }
}
