package io.casedesk.escalation.process;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.process.EscalationProcess.Vars;

/**
 * End of "Look up who handles the level": the row of {@code escalation-level} becomes plain
 * variables the model's user tasks and timers read (role, group, response time, calendar). A
 * ladder without the level is a broken table: the step fails and Cockpit shows an incident.
 */
@Component("applyEscalationLevel")
class ApplyLevelListener implements ExecutionListener {

    /** Where the engine leaves a business rule task's result for custom mapping. */
    static final String DECISION_RESULT = "decisionResult";

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
        int number = ((Number) execution.getVariable(Vars.LEVEL)).intValue();
        if (result == null || result.getFirstResult() == null) {
            throw new IllegalStateException("escalation-levels.dmn has no row for policy set '%s', level %d"
                    .formatted(execution.getVariable(Vars.POLICY_SET), number));
        }
        var level = EscalationLadder.Level.of(number, result.getFirstResult().getEntryMap());
        execution.setVariable(Vars.LEVEL_ROLE, level.role());
        execution.setVariable(Vars.LEVEL_TITLE, level.title());
        execution.setVariable(Vars.LEVEL_GROUP, level.candidateGroup());
        execution.setVariable(Vars.LEVEL_TO_CASE_OWNER, level.assignToCaseOwner());
        execution.setVariable(Vars.LEVEL_RESPONSE_TIME, level.responseTime());
        execution.setVariable(Vars.LEVEL_CALENDAR, level.calendar());
    }
}
