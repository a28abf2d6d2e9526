package io.casedesk.sla.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle.Vars;

/**
 * Keeps the lifecycle's SLA variables and its waiting "Next SLA deadline" timer job in line with
 * the clocks: a new due date moves the job, no deadline (every clock paused or stopped) suspends it,
 * a deadline again activates it. Cockpit therefore never shows a stale deadline.
 */
final class SlaTimer {

    private SlaTimer() {
    }

    /** Writes {@code nextSlaDue} and the per-target due variables on the process instance. */
    static Instant publish(DelegateExecution execution, SlaClocks clocks, long caseId) {
        Instant next = clocks.nextDeadline(caseId);
        var instance = execution.getProcessInstance();
        setIfChanged(instance, Vars.CLOCKS_LEFT, clocks.mayRunAgain(caseId));
        setIfChanged(instance, Vars.NEXT_SLA_DUE, next == null ? null : Date.from(next));
        for (Map.Entry<String, Instant> due : clocks.dueByTarget(caseId).entrySet()) {
            setIfChanged(instance, Vars.dueOf(due.getKey()), due.getValue() == null ? null : Date.from(due.getValue()));
        }
        return next;
    }

    /**
     * Writes only what changed: the timer loop and a user's action on the same case then rarely
     * touch the same variable rows at once, so neither loses to the other's optimistic lock.
     */
    private static void setIfChanged(DelegateExecution instance, String name, Object value) {
        if (!instance.hasVariable(name) || !java.util.Objects.equals(instance.getVariable(name), value)) {
            instance.setVariable(name, value);
        }
    }

    /**
     * After a status change: publish, then move the waiting timer job to the new deadline. When no
     * clock runs any more, publishing {@code nextSlaDue = null} triggers "Clocks stopped" in the same
     * transaction, which takes the timer away; the loop then waits at "A clock runs again" for the
     * next published deadline. No job is left to fire in the background and race the user's action.
     */
    static void rearm(DelegateExecution execution, SlaClocks clocks) {
        long caseId = LifecycleVariables.caseId(execution);
        Instant next = publish(execution, clocks, caseId);
        moveTimer(execution.getProcessEngineServices().getManagementService(), execution.getProcessInstanceId(), next);
    }

    /** Moves the waiting "Next SLA deadline" timer job, if there is one, to the new deadline. */
    static void moveTimer(ManagementService management, String processInstanceId, Instant next) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(SlaLifecycle.NEXT_DEADLINE_TIMER).singleResult();
        if (job != null && next != null && !next.equals(job.getDuedate().toInstant())) {
            management.setJobDuedate(job.getId(), Date.from(next));
        }
    }
}
