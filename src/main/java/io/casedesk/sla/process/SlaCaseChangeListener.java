package io.casedesk.sla.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.CaseCategoryChanged;
import io.casedesk.cases.CaseDetailsChanged;
import io.casedesk.cases.CasePriorityChanged;
import io.casedesk.cases.CaseWorkOrderDateChanged;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle.Vars;

/**
 * A case changed in a way its clocks care about: its priority (triage, staff, an escalation's
 * raise), its category or its Work Order date re-evaluates the targets; its details may complete the information the policy requires
 * before clocks start. The lifecycle's due-date variables and deadline timer follow in the same
 * transaction, so Cockpit shows the new deadlines at once.
 *
 * <p>These are plain, synchronous listeners on purpose, not after-commit ones through the event
 * publication registry: re-evaluating the clocks is part of the change itself. If it fails, the
 * change rolls back with it and the caller is told, instead of a case whose clocks still count
 * the old priority until a retry comes round. (The cases module cannot call {@code sla} directly:
 * {@code sla} already depends on {@code cases}.)
 */
@Component
class SlaCaseChangeListener {

    private final SlaClocks clocks;
    private final RuntimeService runtime;
    private final ManagementService management;

    SlaCaseChangeListener(SlaClocks clocks, RuntimeService runtime, ManagementService management) {
        this.clocks = clocks;
        this.runtime = runtime;
        this.management = management;
    }

    @EventListener
    void priorityChanged(CasePriorityChanged change) {
        clocks.priorityChanged(change.caseId());
        follow(change.caseId(), change.processInstanceId());
    }

    @EventListener
    void categoryChanged(CaseCategoryChanged change) {
        clocks.categoryChanged(change.caseId());
        follow(change.caseId(), change.processInstanceId());
    }

    @EventListener
    void workOrderDateChanged(CaseWorkOrderDateChanged change) {
        clocks.workOrderDateChanged(change.caseId());
        follow(change.caseId(), change.processInstanceId());
    }

    @EventListener
    void detailsChanged(CaseDetailsChanged change) {
        clocks.detailsChanged(change.caseId());
        follow(change.caseId(), change.processInstanceId());
    }

    private void follow(long caseId, String processInstanceId) {
        if (processInstanceId == null
                || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return;
        }
        Instant next = clocks.nextDeadline(caseId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CLOCKS_LEFT, clocks.mayRunAgain(caseId));
        variables.put(Vars.NEXT_SLA_DUE, next == null ? null : Date.from(next));
        clocks.dueByTarget(caseId).forEach((target, due) -> variables.put(Vars.dueOf(target), due == null ? null : Date.from(due)));
        runtime.setVariables(processInstanceId, variables);
        SlaTimer.moveTimer(management, processInstanceId, next);
    }
}
