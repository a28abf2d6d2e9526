package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Resume work": the customer replied, a fix arrived, or the hold ended. */
@Component("resumeWork")
class ResumeWorkDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    ResumeWorkDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        steps.resume(vars.caseId(), vars.actor(), vars.text(Vars.REASON));
        vars.forget(Vars.REASON, Vars.REMINDER_DUE, Vars.HOLD_END_DUE, Vars.REMINDERS_EXHAUSTED);
    }
}
