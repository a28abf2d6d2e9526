package io.casedesk.sla.process;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.process.SlaLifecycle.Vars;

/**
 * Keeps the lifecycle's SLA variables and its waiting deadline timer job in line with the clocks: a
 * new due date moves the job, a new kind of deadline moves the token to that kind's timer, no
 * deadline (every clock paused or stopped) takes the timer away. Cockpit therefore never shows a
 * stale deadline.
 */
final class SlaTimer {

    private SlaTimer() {
    }

    /**
     * Writes {@code nextSlaDue}, its kind, the per-target due variables and the hand-over flags on
     * the process instance, and moves the open user tasks' due dates ({@link SlaTaskDeadlines}). A changed kind moves the waiting token to that kind's timer; a raised
     * flag starts the breach (warning) hand-over.
     */
    static Map<String, Object> publish(DelegateExecution execution, SlaClocks clocks, long caseId) {
        Map<String, Object> variables = variables(clocks, caseId);
        var instance = execution.getProcessInstance();
        variables.forEach((name, value) -> setIfChanged(instance, name, value));
        var due = clocks.taskDueByTarget(caseId);
        SlaTaskDeadlines.follow(execution, due);
        SlaTaskDeadlines.followOthers(execution.getProcessEngineServices(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(), due);
        return variables;
    }

    /** The SLA variables of the lifecycle, in the order they must be set (the kind after the due time). */
    static Map<String, Object> variables(SlaClocks clocks, long caseId) {
        SlaClocks.Deadlines deadlines = clocks.deadlines(caseId);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Vars.CLOCKS_LEFT, deadlines.mayRunAgain());
        deadlines.dueByTarget().forEach((target, due) -> variables.put(Vars.dueOf(target), due == null ? null : Date.from(due)));
        variables.put(Vars.NEXT_SLA_DUE, deadlines.next() == null ? null : Date.from(deadlines.next()));
        variables.put(Vars.NEXT_SLA_KIND, SlaLifecycle.timerKind(deadlines.nextKind()));
        variables.put(Vars.BREACH_TO_HAND_OVER, deadlines.breachToHandOver());
        variables.put(Vars.WARNING_TO_HAND_OVER, deadlines.warningToHandOver());
        return variables;
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
     * clock runs any more, publishing {@code nextSlaKind = null} triggers the waiting kind's "Deadline
     * moved" in the same transaction, which takes the timer away; the loop then waits at "A clock
     * runs again" for the next published deadline. No job is left to fire in the background and race
     * the user's action.
     */
    static void rearm(DelegateExecution execution, SlaClocks clocks) {
        long caseId = LifecycleVariables.caseId(execution);
        Map<String, Object> published = publish(execution, clocks, caseId);
        moveTimer(execution.getProcessEngineServices().getManagementService(), execution.getProcessInstanceId(), published);
    }

    /**
     * Moves the waiting timer of the next deadline's kind, if there is one, to the new deadline. (A
     * changed kind has already moved the token to a new timer aimed at the new deadline.)
     */
    static void moveTimer(ManagementService management, String processInstanceId, Map<String, Object> variables) {
        Date next = (Date) variables.get(Vars.NEXT_SLA_DUE);
        Object kind = variables.get(Vars.NEXT_SLA_KIND);
        if (next == null || kind == null) {
            return;
        }
        Job job = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(SlaLifecycle.DEADLINE_TIMERS.get(kind.toString())).singleResult();
        if (job != null && !next.equals(job.getDuedate())) {
            management.setJobDuedate(job.getId(), next);
        }
    }
}
