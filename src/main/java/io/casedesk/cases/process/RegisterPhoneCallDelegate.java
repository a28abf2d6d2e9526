package io.casedesk.cases.process;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.CaseDraft;
import io.casedesk.cases.Channel;
import io.casedesk.cases.Environment;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Register phone case": turns the "Log a phone call" start form into a case record. */
@Component("registerPhoneCall")
class RegisterPhoneCallDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    RegisterPhoneCallDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        Instant callReceivedAt = vars.instant(Vars.CALL_RECEIVED_AT);
        if (callReceivedAt == null) {
            throw new InvalidCaseValueException(Vars.CALL_RECEIVED_AT, "Enter when the call was received.");
        }
        var draft = new CaseDraft(vars.text(Vars.SUBJECT), vars.text(Vars.DESCRIPTION), vars.text(Vars.CATEGORY),
                vars.text(Vars.PRIORITY), vars.enumValue(Vars.ENVIRONMENT, Environment.class), vars.text(Vars.PRODUCT),
                vars.text(Vars.PRODUCT_VERSION), null, BusinessImpact.NONE, Channel.PHONE);
        var registered = steps.registerPhoneCall(vars.text(Vars.REQUESTER_EMAIL), draft, callReceivedAt, vars.actor(),
                execution.getProcessInstanceId());
        execution.setVariable(Vars.CASE_ID, registered.caseId());
        execution.setVariable(Vars.CASE_NUMBER, registered.number());
        execution.setProcessBusinessKey(CaseProcess.businessKey(registered.number()));
        vars.forget(Vars.SUBJECT, Vars.DESCRIPTION, Vars.REQUESTER_EMAIL, Vars.PRODUCT, Vars.PRODUCT_VERSION,
                Vars.ENVIRONMENT, Vars.CALL_RECEIVED_AT);
    }
}
