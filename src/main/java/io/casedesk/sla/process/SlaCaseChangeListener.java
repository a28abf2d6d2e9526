package io.casedesk.sla.process;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
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
 * transaction, so Cockpit shows the new deadlines at once, and so do the open tasks' due dates.
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
    private final ProcessEngineServices engine;

    SlaCaseChangeListener(SlaClocks clocks, ProcessEngine engine) {
        this.clocks = clocks;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.engine = engine;
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
        Map<String, Object> variables = SlaTimer.variables(clocks, caseId);
        Map<String, Object> current = runtime.getVariables(processInstanceId, variables.keySet());
        // One at a time and only what changed, the due time before its kind (see SlaTimer.publish).
        variables.forEach((name, value) -> {
            if (!current.containsKey(name) || !java.util.Objects.equals(current.get(name), value)) {
                runtime.setVariable(processInstanceId, name, value);
            }
        });
        SlaTimer.moveTimer(management, processInstanceId, variables);
        var due = clocks.taskDueByTarget(caseId);
        SlaTaskDeadlines.follow(engine, processInstanceId, due);
        SlaTaskDeadlines.followOthers(engine, runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey(), processInstanceId, due);
    }
}
