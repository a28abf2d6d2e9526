package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationPolicy;
import io.casedesk.escalation.process.EscalationProcess.Vars;

/** "Move up one level": the top level stays where it is and gets the case again, with a new response time. */
@Component("moveEscalationUp")
class MoveUpDelegate implements JavaDelegate {

    private final EscalationPolicy policy;

    MoveUpDelegate(EscalationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int level = ((Number) execution.getVariable(Vars.LEVEL)).intValue();
        execution.setVariable(Vars.LEVEL, Math.min(level + 1, policy.levelCount()));
    }
}
