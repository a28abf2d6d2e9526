package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** "Send the CEO's arbitration" to the customer. */
@Component("sendComplaintArbitration")
class SendArbitrationDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    SendArbitrationDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        steps.arbitrated(vars.complaintId(), vars.takeText(Vars.ARBITRATION));
    }
}
