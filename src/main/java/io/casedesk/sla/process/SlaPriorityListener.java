package io.casedesk.sla.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.CasePriorityChanged;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle.Vars;

/**
 * A case's priority changed (triage, staff, an escalation's raise): its SLA targets are evaluated
 * again, and the lifecycle's due-date variables and deadline timer follow in the same transaction,
 * so Cockpit shows the new deadlines at once.
 */
@Component
class SlaPriorityListener {

    private final SlaClocks clocks;
    private final RuntimeService runtime;
    private final ManagementService management;

    SlaPriorityListener(SlaClocks clocks, RuntimeService runtime, ManagementService management) {
        this.clocks = clocks;
        this.runtime = runtime;
        this.management = management;
    }

    @EventListener
    void priorityChanged(CasePriorityChanged change) {
        clocks.priorityChanged(change.caseId());
        if (change.processInstanceId() == null
                || runtime.createProcessInstanceQuery().processInstanceId(change.processInstanceId()).count() == 0) {
            return;
        }
        Instant next = clocks.nextDeadline(change.caseId());
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CLOCKS_LEFT, clocks.mayRunAgain(change.caseId()));
        variables.put(Vars.NEXT_SLA_DUE, next == null ? null : Date.from(next));
        clocks.dueByTarget(change.caseId()).forEach((target, due) ->
                variables.put(Vars.dueOf(target), due == null ? null : Date.from(due)));
        runtime.setVariables(change.processInstanceId(), variables);
        SlaTimer.moveTimer(management, change.processInstanceId(), next);
    }
}
