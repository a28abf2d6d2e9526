package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** "Send the acknowledgement" to the customer; the weekly update clock starts. */
@Component("recordComplaintAcknowledgement")
class RecordAcknowledgementDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    RecordAcknowledgementDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        vars.setInstant(Vars.REVIEW_UPDATE_DUE, steps.acknowledged(vars.complaintId(), vars.takeText(Vars.ACKNOWLEDGEMENT)));
    }
}
