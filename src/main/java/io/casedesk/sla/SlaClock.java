package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * One service-level target of one case, counted in business time on its calendar. It keeps the
 * target it got at start (duration text, calendar, warning share and the DMN table version), so a
 * new table never changes a running case.
 *
 * <p>Pausing keeps the business time left; resuming adds exactly that back from the resume instant
 * ({@code due = calendar.add(resumedAt, remaining)}), so pauses never make the clock drift. Each
 * move returns the events it caused, which the caller records.
 */
@Entity
@Table(name = "cd_sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    private String target;
    private String policySet;
    private String decisionId;
    private String durationText;
    private String calendarName;
    private Integer warningPercent;
    private boolean repeating;
    @Enumerated(EnumType.STRING)
    private ClockState state;
    private Instant startedAt;
    private Instant dueAt;
    private Instant warningAt;
    private boolean warned;
    /** The breach (warning) has been handed to the escalation ladder (the case owner) by the lifecycle. */
    private boolean breachHandedOver;
    private boolean warningHandedOver;
    private Long remainingSeconds;
    private Long warningRemainingSeconds;
    private Instant pausedAt;
    private Instant stoppedAt;
    @Version
    private long version;
    @Transient
    private final List<SlaEvent> pending = new ArrayList<>();

    protected SlaClock() {
    }

    /** Starts the clock on receipt; it counts from the calendar's next working instant. */
    static SlaClock start(long caseId, String policySet, String decisionId, SlaTarget target, BusinessCalendar calendar,
            Instant receivedAt) {
        SlaClock clock = new SlaClock();
        clock.caseId = caseId;
        clock.target = target.name();
        clock.policySet = policySet;
        clock.decisionId = decisionId;
        clock.durationText = target.duration().toString();
        clock.calendarName = target.calendarName();
        clock.warningPercent = target.warningPercent();
        clock.repeating = target.repeats();
        clock.state = ClockState.RUNNING;
        clock.startedAt = calendar.nextWorkingInstant(receivedAt);
        clock.dueAt = target.duration().dueFrom(calendar, receivedAt);
        clock.warningAt = clock.warningFrom(calendar, receivedAt);
        clock.event(SlaEventKind.STARTED, receivedAt, clock.target + " " + clock.durationText + " on " + clock.calendarName);
        return clock;
    }

    private Instant warningFrom(BusinessCalendar calendar, Instant from) {
        if (warningPercent == null || warningPercent <= 0 || warningPercent >= 100) {
            return null;
        }
        Duration whole = calendar.between(from, dueAt);
        return calendar.add(from, whole.multipliedBy(warningPercent).dividedBy(100));
    }

    void pause(BusinessCalendar calendar, Instant at, String why) {
        if (state != ClockState.RUNNING) {
            return;
        }
        remainingSeconds = calendar.between(at, dueAt).toSeconds();
        warningRemainingSeconds = warned || warningAt == null ? null : calendar.between(at, warningAt).toSeconds();
        state = ClockState.PAUSED;
        pausedAt = at;
        event(SlaEventKind.PAUSED, at, why);
    }

    void resume(BusinessCalendar calendar, Instant at, String why) {
        if (state != ClockState.PAUSED) {
            return;
        }
        carryOn(calendar, at);
        pausedAt = null;
        event(SlaEventKind.RESUMED, at, why);
    }

    /** The target was met (or, for a breached clock, reached late: the outcome stays breached). */
    void meet(BusinessCalendar calendar, Instant at) {
        if (state == ClockState.MET) {
            return;
        }
        if (state == ClockState.RUNNING) {
            remainingSeconds = calendar.between(at, dueAt).toSeconds();
            warningRemainingSeconds = warned || warningAt == null ? null : calendar.between(at, warningAt).toSeconds();
        }
        boolean late = state == ClockState.BREACHED;
        if (!late) {
            state = ClockState.MET;
        }
        stoppedAt = at;
        event(SlaEventKind.MET, at, late ? "met after the breach" : null);
    }

    /** A reopened case: a met clock carries on with the business time it had left when it was met. */
    void revive(BusinessCalendar calendar, Instant at, String why) {
        if (state != ClockState.MET) {
            return;
        }
        carryOn(calendar, at);
        stoppedAt = null;
        event(SlaEventKind.RESUMED, at, why);
    }

    private void carryOn(BusinessCalendar calendar, Instant at) {
        dueAt = calendar.add(at, Duration.ofSeconds(remainingSeconds));
        warningAt = warningRemainingSeconds == null ? (warned ? warningAt : null)
                : calendar.add(at, Duration.ofSeconds(warningRemainingSeconds));
        remainingSeconds = null;
        warningRemainingSeconds = null;
        state = ClockState.RUNNING;
    }

    /** The next instant this clock needs attention while it runs: its warning, else its due time. */
    Instant nextDeadline() {
        if (state != ClockState.RUNNING) {
            return null;
        }
        return !warned && warningAt != null && warningAt.isBefore(dueAt) ? warningAt : dueAt;
    }

    /** Is the next deadline {@link #nextDeadline()} the warning rather than the due time? */
    boolean nextIsWarning() {
        return state == ClockState.RUNNING && !warned && warningAt != null && warningAt.isBefore(dueAt);
    }

    /** Breached, and the lifecycle has not yet handed the breach to the escalation ladder. */
    boolean awaitsBreachHandOver() {
        return state == ClockState.BREACHED && !breachHandedOver;
    }

    /** Warned, and the lifecycle has not yet told the case owner. */
    boolean awaitsWarningHandOver() {
        return warned && !warningHandedOver;
    }

    void breachHandedOver() {
        breachHandedOver = true;
    }

    void warningHandedOver() {
        warningHandedOver = true;
    }

    /** Records what has come due by {@code now}: a warning, a breach, or the next round of a repeating target. */
    void catchUp(BusinessCalendar calendar, Instant now) {
        if (state != ClockState.RUNNING) {
            return;
        }
        if (!warned && warningAt != null && !warningAt.isAfter(now)) {
            warned = true;
            event(SlaEventKind.WARNED, warningAt, null);
        }
        if (dueAt.isAfter(now)) {
            return;
        }
        if (repeating) {
            Instant came = dueAt;
            // A repeating target counts again from when it came due, so rounds never drift either.
            do {
                dueAt = SlaDuration.parse(durationText).dueFrom(calendar, dueAt);
            } while (!dueAt.isAfter(now));
            event(SlaEventKind.UPDATE_DUE, came, "next due " + dueAt);
        } else {
            state = ClockState.BREACHED;
            stoppedAt = now;
            event(SlaEventKind.BREACHED, dueAt, null);
        }
    }

    /**
     * The case's priority changed: aim this clock at the new target as if the case had been received
     * with that priority, shifted by the business time the clock has already spent paused. A
     * breached or met clock keeps its outcome.
     */
    void retarget(BusinessCalendar calendar, SlaTarget replacement, String newDecisionId, Instant receivedAt,
            List<Interval> pauses, Instant now, String why) {
        if (state != ClockState.RUNNING && state != ClockState.PAUSED) {
            return;
        }
        durationText = replacement.duration().toString();
        calendarName = replacement.calendarName();
        warningPercent = replacement.warningPercent();
        repeating = replacement.repeats();
        decisionId = newDecisionId;
        Instant due = replacement.duration().dueFrom(calendar, receivedAt);
        Instant warning = warningPercent == null || warningPercent <= 0 || warningPercent >= 100 ? null
                : calendar.add(receivedAt, calendar.between(receivedAt, due).multipliedBy(warningPercent).dividedBy(100));
        Duration paused = Duration.ZERO;
        for (Interval pause : pauses) {
            paused = paused.plus(calendar.between(pause.from(), pause.until() == null ? now : pause.until()));
        }
        // Nothing paused leaves the due time alone: a date's end (midnight) need not be working time.
        dueAt = paused.isZero() ? due : calendar.add(due, paused);
        warningAt = warned || warning == null ? warningAt : paused.isZero() ? warning : calendar.add(warning, paused);
        if (state == ClockState.PAUSED) {
            // Still paused: keep what is left, counted from when the pause began.
            Duration openPause = pauses.isEmpty() || pauses.get(pauses.size() - 1).until() != null ? Duration.ZERO
                    : calendar.between(pauses.get(pauses.size() - 1).from(), now);
            Instant dueBeforePause = calendar.add(due, paused.minus(openPause));
            remainingSeconds = calendar.between(pausedAt, dueBeforePause).toSeconds();
            warningRemainingSeconds = warned || warning == null ? null
                    : calendar.between(pausedAt, calendar.add(warning, paused.minus(openPause))).toSeconds();
        }
        event(SlaEventKind.RETARGETED, now, why + ": " + durationText + " on " + calendarName);
    }

    /** True when this clock already counts that target from that table: re-aiming it would change nothing. */
    boolean aimsAt(SlaTarget target, String tableId) {
        return durationText.equals(target.duration().toString()) && calendarName.equals(target.calendarName())
                && Objects.equals(warningPercent, target.warningPercent()) && Objects.equals(decisionId, tableId);
    }

    /** The case's priority changed to one without this target. */
    void retire(Instant at, String why) {
        if (state != ClockState.RUNNING && state != ClockState.PAUSED) {
            return;
        }
        state = ClockState.RETIRED;
        stoppedAt = at;
        event(SlaEventKind.RETARGETED, at, why);
    }

    /** A stretch of time during which the clock did not count (paused, or met until a reopen). */
    record Interval(Instant from, Instant until) {
    }

    /** Business time left now, or kept while paused or after being met; zero once breached. */
    Duration remaining(BusinessCalendar calendar, Instant now) {
        return switch (state) {
            case RUNNING -> calendar.between(now, dueAt);
            case PAUSED, MET -> remainingSeconds == null ? Duration.ZERO : Duration.ofSeconds(remainingSeconds);
            case BREACHED, RETIRED -> Duration.ZERO;
        };
    }

    private void event(SlaEventKind kind, Instant at, String note) {
        pending.add(new SlaEvent(caseId, target, kind, at, dueAt, note));
    }

    /** Events caused since the last call, for the caller to record. */
    List<SlaEvent> drainEvents() {
        List<SlaEvent> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTarget() {
        return target;
    }

    public String getPolicySet() {
        return policySet;
    }

    public String getDecisionId() {
        return decisionId;
    }

    public String getDurationText() {
        return durationText;
    }

    public String getCalendarName() {
        return calendarName;
    }

    public Integer getWarningPercent() {
        return warningPercent;
    }

    public boolean isRepeating() {
        return repeating;
    }

    public ClockState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Null while paused: a paused clock has no due time, only business time left. */
    public Instant getDueAt() {
        return state == ClockState.PAUSED ? null : dueAt;
    }

    public Instant getWarningAt() {
        return state == ClockState.PAUSED ? null : warningAt;
    }

    public boolean isWarned() {
        return warned;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
