package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationService;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle;

/** The lifecycle's "Warn the case owner": a target is due soon; its owner (or the first level's group) is told. */
@Component("warnSlaCaseOwner")
class WarnCaseOwnerDelegate implements JavaDelegate {

    private final SlaClocks clocks;
    private final EscalationService escalation;

    WarnCaseOwnerDelegate(SlaClocks clocks, EscalationService escalation) {
        this.clocks = clocks;
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(EscalationProcess.Vars.CASE_ID)).longValue();
        clocks.takeWarnings(caseId).ifPresent(warning -> escalation.slaWarning(caseId, warning.targets(), warning.dueAt()));
        execution.getProcessInstance().setVariable(SlaLifecycle.Vars.WARNING_TO_HAND_OVER, false);
    }
}
