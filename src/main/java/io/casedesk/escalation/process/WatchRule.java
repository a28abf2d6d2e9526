package io.casedesk.escalation.process;

import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

import io.casedesk.escalation.EscalationTrigger;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * Policy A's two watch rules as the lifecycle runs them: one timer path each in
 * {@code case-lifecycle.bpmn}, armed by {@link ArmWatchListener}, checked by
 * {@link EscalateWatchDelegate}. Which case a rule watches and how long it waits is the
 * {@code escalation-watch-rule} table of {@code processes/escalation-rules.dmn}, not this code.
 */
enum WatchRule {

    /** "Outage not answered in time": counts from the receipt, armed when the case is registered. */
    OUTAGE_RESPONSE("outage-response", EscalationTrigger.OUTAGE_NOT_RESPONDED, "outageWatchDue",
            "Timer_OutageResponseTimePassed", "Task_EscalateUnansweredOutage"),
    /** "P1 still open after the response": counts from the first response, armed then. */
    P1_OPEN_AFTER_RESPONSE("p1-open-after-response", EscalationTrigger.P1_NOT_CLOSED, "p1WatchDue",
            "Timer_P1OpenAfterResponse", "Task_EscalateOpenP1");

    static final String DECISION = "escalation-watch-rule";
    /** The calendar column's word for wall-clock time. */
    static final String WALL_CLOCK = io.casedesk.sla.SlaClocks.WALL_CLOCK;
    /** The calendar column's word for the calendar of the case's SLA. */
    static final String CASE_CALENDAR = io.casedesk.sla.SlaClocks.CASE_CALENDAR;

    /** The row the table has for a case: how long the rule waits and on which calendar. */
    record Row(String after, String calendar) {
    }

    private final String watch;
    private final EscalationTrigger trigger;
    private final String dueVariable;
    private final String timer;
    private final String step;

    WatchRule(String watch, EscalationTrigger trigger, String dueVariable, String timer, String step) {
        this.watch = watch;
        this.trigger = trigger;
        this.dueVariable = dueVariable;
        this.timer = timer;
        this.step = step;
    }

    /** The value of the table's "Watch" column. */
    String watch() {
        return watch;
    }

    EscalationTrigger trigger() {
        return trigger;
    }

    /** The process variable the rule's timer waits for ({@code timeDate}); creating it arms the path. */
    String dueVariable() {
        return dueVariable;
    }

    String timer() {
        return timer;
    }

    String step() {
        return step;
    }

    /** The instant the rule's time starts counting from; empty when it cannot start yet. */
    Optional<Instant> countsFrom(WatchedCase watched) {
        return Optional.ofNullable(this == OUTAGE_RESPONSE ? watched.receivedAt() : watched.firstResponseAt());
    }

    /** Whether the case, as it is now, is still in the state the rule escalates (its table row is checked apart). */
    boolean stillBreached(WatchedCase watched) {
        if (watched.resolvedOrClosed()) {
            return false;
        }
        return this != OUTAGE_RESPONSE || watched.firstResponseAt() == null;
    }

    /** The table's row for the case as it is now; empty when the rule does not apply to it. */
    Optional<Row> lookUp(DecisionService decisions, WatchedCase watched) {
        var result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("watch", watch)
                .putValue("policySet", watched.policySet())
                .putValue("category", watched.category())
                .putValue("priority", watched.priority())
                .putValue("receivedInCoreHours", watched.receivedInCoreHours()));
        if (result.isEmpty()) {
            return Optional.empty();
        }
        var row = result.getFirstResult();
        return Optional.of(new Row((String) row.getEntry("after"), (String) row.getEntry("calendar")));
    }

    /** When the rule fires for a case its table row applies to. */
    Instant dueAt(Row row, WatchedCase watched, WatchedCases cases) {
        Instant from = countsFrom(watched).orElseThrow();
        SlaDuration after = SlaDuration.parse(row.after());
        return after.dueFrom(cases.calendar(watched.id(), row.calendar()), from);
    }
}
