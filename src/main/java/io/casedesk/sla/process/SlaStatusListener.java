package io.casedesk.sla.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.SlaClocks;

/**
 * Runs at the end of a lifecycle step (an execution listener in the model) and tells the clocks
 * what the step did, then re-arms the deadline timer. One bean per kind of step, see
 * {@link SlaListeners}.
 */
class SlaStatusListener implements ExecutionListener {

    /** What a lifecycle step means for the clocks. */
    enum Step {
        FIRST_RESPONSE, PENDING, ON_HOLD, WORK_RESUMED, RESOLVED, REOPENED
    }

    private final Step step;
    private final SlaClocks clocks;

    SlaStatusListener(Step step, SlaClocks clocks) {
        this.step = step;
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long caseId = LifecycleVariables.caseId(execution);
        switch (step) {
            case FIRST_RESPONSE -> clocks.firstResponse(caseId);
            case PENDING -> clocks.statusChanged(caseId, "PENDING");
            case ON_HOLD -> clocks.statusChanged(caseId, "ON_HOLD");
            case WORK_RESUMED -> clocks.statusChanged(caseId, "IN_PROGRESS");
            case RESOLVED -> clocks.resolved(caseId);
            case REOPENED -> clocks.reopened(caseId);
        }
        SlaTimer.rearm(execution, clocks);
    }
}
