package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.process.EscalationProcess.Vars;

/**
 * "Move up one level": the next level where the ladder has one; the top level stays where it is
 * and gets the case again, with a new response time.
 */
@Component("moveEscalationUp")
class MoveUpDelegate implements JavaDelegate {

    private final EscalationLadder ladder;

    MoveUpDelegate(EscalationLadder ladder) {
        this.ladder = ladder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int level = ((Number) execution.getVariable(Vars.LEVEL)).intValue();
        String policySet = (String) execution.getVariable(Vars.POLICY_SET);
        if (ladder.level(policySet, level + 1).isPresent()) {
            execution.setVariable(Vars.LEVEL, level + 1);
        }
    }
}
