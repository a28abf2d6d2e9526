package io.casedesk.escalation.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationPolicy;
import io.casedesk.escalation.EscalationProperties.Level;
import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.process.EscalationProcess.Vars;

/**
 * "Hand to the level": who takes the level's task (the case owner at an owner level, otherwise the
 * level's group) and by when it must act, in business time on the policy's calendar.
 */
@Component("enterEscalationLevel")
class EnterLevelDelegate implements JavaDelegate {

    private final EscalationPolicy policy;
    private final EscalationSteps steps;
    private final Clock clock;

    EnterLevelDelegate(EscalationPolicy policy, EscalationSteps steps, Clock clock) {
        this.policy = policy;
        this.steps = steps;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = Math.max(1, Math.min(((Number) execution.getVariable(Vars.LEVEL)).intValue(), policy.levelCount()));
        Level level = policy.level(number);
        Object owner = execution.getVariable(Vars.CASE_OWNER);
        String assignee = level.caseOwner() && owner != null && !owner.toString().isBlank() ? owner.toString() : null;
        Instant now = clock.instant();
        Instant due = policy.responseDue(number, now);
        // The new level's form starts empty, not with the decision of the level below.
        execution.removeVariable(Vars.ACKNOWLEDGED);
        execution.removeVariable(Vars.DECISION);
        execution.setVariable(Vars.LEVEL, number);
        execution.setVariable(Vars.LEVEL_COUNT, policy.levelCount());
        execution.setVariable(Vars.LEVEL_TITLE, level.title());
        execution.setVariable(Vars.LEVEL_GROUP, level.group());
        execution.setVariable(Vars.LEVEL_ASSIGNEE, assignee);
        execution.setVariable(Vars.LEVEL_RESPONSE_DUE, Date.from(due));
        steps.levelEntered(((Number) execution.getVariable(Vars.ESCALATION_ID)).longValue(), number, level.title(),
                level.group(), assignee, now, due);
    }
}
