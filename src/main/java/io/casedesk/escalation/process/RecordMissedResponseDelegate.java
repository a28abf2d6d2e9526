package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.process.EscalationProcess.Outcomes;
import io.casedesk.escalation.process.EscalationProcess.Vars;

/** "Record missed response": the level's response time ran out before it acted; the ladder moves up. */
@Component("recordMissedResponse")
class RecordMissedResponseDelegate implements JavaDelegate {

    private final EscalationSteps steps;

    RecordMissedResponseDelegate(EscalationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.levelNotAnswered(((Number) execution.getVariable(Vars.ESCALATION_ID)).longValue(),
                ((Number) execution.getVariable(Vars.LEVEL)).intValue());
        execution.setVariable(Vars.DECISION, Outcomes.ESCALATE);
    }
}
