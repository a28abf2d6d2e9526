package io.casedesk.escalation.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationSteps;
import io.casedesk.escalation.process.EscalationProcess.Vars;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * "Hand the case to the level": who takes the level's task (the case owner where the table says
 * so, otherwise the level's group) and by when it must act — the table's response time, counted on
 * the calendar of the case's SLA (24x7 for an emergency) or the calendar the table names.
 */
@Component("enterEscalationLevel")
class EnterLevelDelegate implements JavaDelegate {

    private final EscalationLadder ladder;
    private final EscalationSteps steps;
    private final SlaClocks clocks;
    private final Clock clock;

    EnterLevelDelegate(EscalationLadder ladder, EscalationSteps steps, SlaClocks clocks, Clock clock) {
        this.ladder = ladder;
        this.steps = steps;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = ((Number) execution.getVariable(Vars.LEVEL)).intValue();
        String title = (String) execution.getVariable(Vars.LEVEL_TITLE);
        String group = (String) execution.getVariable(Vars.LEVEL_GROUP);
        Object owner = execution.getVariable(Vars.CASE_OWNER);
        boolean toOwner = Boolean.TRUE.equals(execution.getVariable(Vars.LEVEL_TO_CASE_OWNER));
        String assignee = toOwner && owner != null && !owner.toString().isBlank() ? owner.toString() : null;
        Instant now = clock.instant();
        Instant due = SlaDuration.parse((String) execution.getVariable(Vars.LEVEL_RESPONSE_TIME))
                .dueFrom(calendar(execution), now);
        // The new level's form starts empty, not with the decision of the level below.
        execution.removeVariable(Vars.ACKNOWLEDGED);
        execution.removeVariable(Vars.DECISION);
        execution.setVariable(Vars.LEVEL_COUNT, ladder.levelCount((String) execution.getVariable(Vars.POLICY_SET)));
        execution.setVariable(Vars.LEVEL_ASSIGNEE, assignee);
        execution.setVariable(Vars.LEVEL_RESPONSE_DUE, Date.from(due));
        steps.levelEntered(((Number) execution.getVariable(Vars.ESCALATION_ID)).longValue(), number, title, group,
                assignee, now, due);
    }

    private BusinessCalendar calendar(DelegateExecution execution) {
        return clocks.calendarFor(((Number) execution.getVariable(Vars.CASE_ID)).longValue(),
                (String) execution.getVariable(Vars.LEVEL_CALENDAR));
    }
}
