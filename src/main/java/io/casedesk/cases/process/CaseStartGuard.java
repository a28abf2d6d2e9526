package io.casedesk.cases.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;

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
        } else if (!PHONE_CALL_LOGGED.equals(start)) {
            // The phone-call path needs no check here: "Register phone case" creates the case and fixes
            // caseId and the business key itself, overwriting anything the starter sent.
            throw new AuthorizationException("A support case starts at 'Case received' (Casedesk) or with the"
                    + " 'Log a phone call' form, never at an inner step ('" + start + "').");
        }
    }
}
