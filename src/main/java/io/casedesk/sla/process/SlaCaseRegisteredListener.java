package io.casedesk.sla.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the way into triage, whichever way the case arrived (message or phone call), asks for the
 * "SLA clocks" event sub-process: its conditional start waits for this variable to be created.
 * (A condition on {@code caseId} alone would fire twice for a message start: once when the process
 * scope starts and once for the variable's creation.)
 */
@Component("slaCaseRegistered")
class SlaCaseRegisteredListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.hasVariable(SlaLifecycle.Vars.CLOCKS_REQUESTED)) {
            execution.getProcessInstance().setVariable(SlaLifecycle.Vars.CLOCKS_REQUESTED, true);
        }
    }
}
