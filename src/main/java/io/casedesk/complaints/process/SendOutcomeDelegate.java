package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** "Send the outcome" of the VP's review; unresolved matters go to the CEO. */
@Component("sendComplaintOutcome")
class SendOutcomeDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    SendOutcomeDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        boolean resolved = vars.flag(Vars.RESOLVED);
        steps.outcomeDecided(vars.complaintId(), resolved, vars.takeText(Vars.OUTCOME));
        execution.setVariable(Vars.RESOLVED, resolved);
    }
}
