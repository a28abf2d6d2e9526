package io.casedesk.escalation.process;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import io.casedesk.escalation.EscalationTrigger;

/**
 * The step after a watch rule's timer: escalates only if the rule still holds now — the table
 * still has a row for the case as it is (a downgraded P1 has none) and the case is still in the
 * state the rule is about (no response to the outage; not resolved or closed). Runs as its own job,
 * so a ladder that cannot be reached is retried and then an incident.
 */
class EscalateWatchDelegate implements JavaDelegate {

    /** Starts or raises the case's ladder for a rule; the escalation service in the application. */
    interface RuleEscalation {
        boolean ruleFired(long caseId, EscalationTrigger rule, String detail);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private final WatchRule rule;
    private final WatchedCases cases;
    private final RuleEscalation escalation;

    EscalateWatchDelegate(WatchRule rule, WatchedCases cases, RuleEscalation escalation) {
        this.rule = rule;
        this.cases = cases;
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(EscalationProcess.Vars.CASE_ID)).longValue();
        var watched = cases.find(caseId).filter(rule::stillBreached);
        if (watched.isEmpty()) {
            return;
        }
        var row = rule.lookUp(execution.getProcessEngineServices().getDecisionService(), watched.get());
        if (row.isEmpty()) {
            return;
        }
        escalation.ruleFired(caseId, rule.trigger(), detail(watched.get(), row.get()));
    }

    private String detail(WatchedCase c, WatchRule.Row row) {
        Instant from = rule.countsFrom(c).orElseThrow();
        return switch (rule) {
            case OUTAGE_RESPONSE -> "Outage received %s (%s core hours) without a response within %s".formatted(
                    WHEN.format(from), c.receivedInCoreHours() ? "in" : "outside", row.after());
            case P1_OPEN_AFTER_RESPONSE -> "%s not closed or downgraded %s after the response of %s".formatted(
                    c.priority(), row.after(), WHEN.format(from));
        };
    }
}
