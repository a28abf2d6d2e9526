package io.casedesk.sla.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.SlaClocks;

/** "Start SLA clocks": the policy's priority and target tables, one clock per target. */
@Component("startSlaClocks")
class StartSlaClocksDelegate implements JavaDelegate {

    private final SlaClocks clocks;

    StartSlaClocksDelegate(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = LifecycleVariables.caseId(execution);
        var started = clocks.start(caseId);
        execution.getProcessInstance().setVariable(SlaLifecycle.Vars.POLICY_SET, started.policySet());
        LifecycleVariables.recordPriority(execution, started.priority());
        SlaTimer.publish(execution, clocks, caseId);
    }
}
