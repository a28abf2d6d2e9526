package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Reopen case": the resolution did not solve it; back to the owner. */
@Component("reopenCase")
class ReopenCaseDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    ReopenCaseDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        steps.reopen(vars.caseId(), vars.actor(), vars.text(Vars.REASON));
        vars.forget(Vars.REASON, Vars.REMINDER_DUE, Vars.REMINDERS_EXHAUSTED);
    }
}
