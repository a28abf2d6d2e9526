package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Close case" and "Close for no response": the reason comes with the step that led here. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    CloseCaseDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        String reason = vars.text(Vars.CLOSING_REASON);
        // From "Work the case" staff choose among the policy's own reasons; the process sets the others.
        boolean chosenByStaff = CaseLifecycle.Actions.CLOSE.equals(vars.text(Vars.ACTION));
        steps.close(vars.caseId(), vars.actor(), reason == null ? null : reason.strip(), vars.text(Vars.REASON),
                chosenByStaff);
        vars.forget(Vars.REASON, Vars.ACTION, Vars.REMINDER_DUE);
    }
}
