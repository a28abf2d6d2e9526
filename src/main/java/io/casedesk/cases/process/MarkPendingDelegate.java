package io.casedesk.cases.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Mark pending": waiting for the customer or a fix; schedules the first reminder. */
@Component("markPending")
class MarkPendingDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    MarkPendingDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        var reminderDue = steps.markPending(vars.caseId(), vars.actor(), vars.text(Vars.REASON));
        execution.setVariable(Vars.REMINDER_DUE, Date.from(reminderDue));
        execution.setVariable(Vars.REMINDERS_EXHAUSTED, false);
        vars.forget(Vars.REASON, Vars.ACTION);
    }
}
