package io.casedesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** "Plan the acknowledgement": due two working days after filing. */
@Component("planComplaintAcknowledgement")
class PlanAcknowledgementDelegate implements JavaDelegate {

    private final ComplaintSteps steps;

    PlanAcknowledgementDelegate(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new ComplaintVariables(execution);
        vars.setInstant(Vars.ACKNOWLEDGEMENT_DUE, steps.planAcknowledgement(vars.complaintId()));
    }
}
