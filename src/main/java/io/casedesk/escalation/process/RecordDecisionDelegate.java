package io.casedesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.process.EscalationProcess.Outcomes;
import io.casedesk.escalation.process.EscalationProcess.Vars;
import io.casedesk.platform.EngineUsers;

/**
 * "Record the level's decision": the acknowledgement, the plan of action and the decision go into
 * the escalation history. The plan is free text: it is kept there, not in the engine.
 */
@Component("recordEscalationDecision")
class RecordDecisionDelegate implements JavaDelegate {

    private final EscalationSteps steps;

    RecordDecisionDelegate(EscalationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decision = execution.getVariable(Vars.DECISION);
        String value = decision == null ? Outcomes.ESCALATE : decision.toString();
        if (!value.equals(Outcomes.DE_ESCALATE) && !value.equals(Outcomes.RESOLVE)) {
            value = Outcomes.ESCALATE;
        }
        Object plan = execution.getVariable(Vars.PLAN);
        String actor = EngineUsers.currentUserId(execution.getProcessEngineServices().getIdentityService())
                .orElse("casedesk");
        steps.levelDecided(((Number) execution.getVariable(Vars.ESCALATION_ID)).longValue(),
                ((Number) execution.getVariable(Vars.LEVEL)).intValue(), actor, value,
                plan == null ? null : plan.toString());
        execution.setVariable(Vars.DECISION, value);
        execution.removeVariable(Vars.PLAN);
    }
}
