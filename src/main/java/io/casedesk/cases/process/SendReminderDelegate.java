package io.casedesk.cases.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.ClosingReasons;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Remind customer": one more reminder; when none are left the case closes for no response. */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    SendReminderDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var outcome = steps.sendReminder(new StepVariables(execution, steps).caseId());
        execution.setVariable(Vars.REMINDERS_EXHAUSTED, outcome.exhausted());
        if (outcome.exhausted()) {
            execution.setVariable(Vars.CLOSING_REASON, ClosingReasons.NO_RESPONSE);
        } else {
            execution.setVariable(Vars.REMINDER_DUE, Date.from(outcome.nextDue()));
        }
    }
}
