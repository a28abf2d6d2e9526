package io.casedesk.sla.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.SlaClocks;

/** "Record SLA deadline": a warning, a breach or an update round has come; record it and aim at the next. */
@Component("recordSlaDeadlines")
class RecordSlaDeadlinesDelegate implements JavaDelegate {

    private final SlaClocks clocks;

    RecordSlaDeadlinesDelegate(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = LifecycleVariables.caseId(execution);
        clocks.catchUp(caseId);
        SlaTimer.publish(execution, clocks, caseId);
    }
}
