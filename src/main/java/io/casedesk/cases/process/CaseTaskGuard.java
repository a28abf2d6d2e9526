package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;

/**
 * End listener of the lifecycle's user tasks: a completion that rewrote which case the process acts
 * on is refused before any later step runs, and the engine rolls the completion back. (An execution
 * listener rather than a task listener: the engine wraps whatever a task listener throws into a
 * generic error, where this refusal should reach engine REST and Tasklist as a 403 with its message.)
 */
@Component("caseTaskGuard")
class CaseTaskGuard implements ExecutionListener {

    private final LifecycleSteps steps;

    CaseTaskGuard(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseBinding.caseId(execution, steps);
    }
}
