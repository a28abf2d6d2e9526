package io.casedesk.cases.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Put on hold": an agreed pause; the hold timer brings the case back on the agreed date. */
@Component("putOnHold")
class PutOnHoldDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    PutOnHoldDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        var until = vars.instant(Vars.HOLD_UNTIL);
        if (until == null) {
            throw new InvalidCaseValueException(Vars.HOLD_UNTIL, "Say until when the case is on hold.");
        }
        steps.putOnHold(vars.caseId(), vars.actor(), until, vars.text(Vars.REASON));
        execution.setVariable(Vars.HOLD_END_DUE, Date.from(until));
        vars.forget(Vars.REASON, Vars.ACTION, Vars.HOLD_UNTIL);
    }
}
