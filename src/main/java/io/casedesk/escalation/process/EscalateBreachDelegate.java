package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationService;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle;

/**
 * The lifecycle's "Hand the breach to the escalation ladder": takes the breaches its clocks recorded
 * and starts or raises the case's ladder, in one transaction with the job that runs it. If the ladder
 * cannot be reached, nothing is marked as handed over: the job is retried and ends as an incident.
 */
@Component("escalateSlaBreach")
class EscalateBreachDelegate implements JavaDelegate {

    private final SlaClocks clocks;
    private final EscalationService escalation;

    EscalateBreachDelegate(SlaClocks clocks, EscalationService escalation) {
        this.clocks = clocks;
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(EscalationProcess.Vars.CASE_ID)).longValue();
        clocks.takeBreaches(caseId).ifPresent(breach -> escalation.slaBreached(caseId, breach.targets(), breach.dueAt()));
        execution.getProcessInstance().setVariable(SlaLifecycle.Vars.BREACH_TO_HAND_OVER, false);
    }
}
