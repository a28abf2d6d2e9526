package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;

/** "Remind the support managers": the acknowledgement is overdue. */
@Component("remindComplaintAcknowledgement")
class RemindAcknowledgementDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    RemindAcknowledgementDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        steps.acknowledgementOverdue(vars.complaintId());
    }
}
