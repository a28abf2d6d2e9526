package io.casedesk.cases.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Mark resolved": records cause and solution; the customer is asked to confirm. */
@Component("markResolved")
class MarkResolvedDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    MarkResolvedDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        var reminderDue = steps.resolve(vars.caseId(), vars.actor(),
                trimmed(vars.text(Vars.RESOLUTION_CAUSE)), trimmed(vars.text(Vars.SOLUTION_TYPE)),
                vars.text(Vars.RESOLUTION_SUMMARY));
        execution.setVariable(Vars.REMINDER_DUE, Date.from(reminderDue));
        execution.setVariable(Vars.REMINDERS_EXHAUSTED, false);
        vars.forget(Vars.RESOLUTION_SUMMARY, Vars.REASON, Vars.ACTION);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }
}
