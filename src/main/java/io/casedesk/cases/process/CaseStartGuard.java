package io.casedesk.cases.process;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * Start listener of the whole {@code case-lifecycle} process. Staff need CREATE_INSTANCE on it for
 * the "Log a phone call" start form, which an engine authorization cannot tell from a
 * {@code CaseReceived} message or a start at an inner activity. So the model checks itself: a
 * lifecycle starts only at its two start events, and "Case received" only for a stored case
 * without a lifecycle ({@link CaseBinding#bind}).
 */
@Component("caseStartGuard")
class CaseStartGuard implements ExecutionListener {

    static final String CASE_RECEIVED = "StartEvent_CaseReceived";
    static final String PHONE_CALL_LOGGED = "StartEvent_PhoneCallLogged";

    private final LifecycleSteps steps;

    CaseStartGuard(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String start = execution.getCurrentActivityId();
        if (CASE_RECEIVED.equals(start)) {
            CaseBinding.bind(execution, steps);
        } else if (PHONE_CALL_LOGGED.equals(start)) {
            // "Register phone case" creates the case and fixes caseId and the business key itself; but a
            // variable the process owns, sent along, would act before it (slaClocksRequested starts the
            // SLA clocks of whatever caseId says). So the start carries the form's fields and nothing else.
            var foreign = new TreeSet<>(execution.getVariableNames());
            foreign.removeAll(PHONE_CALL_FIELDS);
            if (!foreign.isEmpty()) {
                throw new ProcessOwnedVariableException(String.join("', '", foreign));
            }
        } else {
            throw new AuthorizationException("A support case starts at 'Case received' (Casedesk) or with the"
                    + " 'Log a phone call' form, never at an inner step ('" + start + "').");
        }
    }

    /** The fields of form-log-phone-call.form, all read by "Register phone case" (CaseStartGuardTest holds them to the form). */
    static final Set<String> PHONE_CALL_FIELDS = Set.of(Vars.REQUESTER_EMAIL, Vars.CALL_RECEIVED_AT, Vars.SUBJECT,
            Vars.DESCRIPTION, Vars.CATEGORY, Vars.ENVIRONMENT, Vars.PRIORITY, Vars.PRODUCT, Vars.PRODUCT_VERSION);
}
