package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** "Send the weekly update" and plan the next one a week later. */
@Component("recordComplaintUpdate")
class RecordCustomerUpdateDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    RecordCustomerUpdateDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        vars.setInstant(Vars.REVIEW_UPDATE_DUE, steps.customerUpdated(vars.complaintId(), vars.takeText(Vars.UPDATE_MESSAGE),
                vars.instant(Vars.REVIEW_UPDATE_DUE)));
    }
}
