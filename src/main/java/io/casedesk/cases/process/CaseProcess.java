package io.casedesk.cases.process;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.casedesk.cases.Actor;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseConflictException;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.process.CaseLifecycle.Messages;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * Drives a case's lifecycle process: start it for a new case, complete its user tasks and
 * correlate its messages. The case number is the business key (what Cockpit lists); a running case
 * is found by its process instance id, whatever key it started with. Free text handed to a step is passed as
 * transient variables: the step reads it and it is never stored in the engine.
 */
@Component
public class CaseProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CasesProperties properties;

    CaseProcess(RuntimeService runtime, TaskService tasks, CasesProperties properties) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.properties = properties;
    }

    /** Starts the lifecycle for a case that intake has just stored; returns the process instance id. */
    public String start(Case supportCase, Actor by) {
        return runtime.createMessageCorrelation(Messages.CASE_RECEIVED)
                .processInstanceBusinessKey(businessKey(supportCase.getNumber()))
                .setVariable(Vars.CASE_ID, supportCase.getId())
                .setVariable(Vars.CASE_NUMBER, supportCase.getNumber())
                .setVariable(Vars.PRIORITY, supportCase.getPriority())
                .setVariable(Vars.CATEGORY, supportCase.getCategory())
                .setVariable(Vars.ACTOR, Variables.stringValue(by.reference(), true))
                .correlateStartMessage()
                .getId();
    }

    /** Completes the case's open user task with that key, or refuses if the case is not at that step. */
    public void completeTask(Case supportCase, String taskKey, Actor by, Map<String, ?> values, String attempted) {
        Task task = supportCase.getProcessInstanceId() == null ? null : tasks.createTaskQuery()
                .processInstanceId(supportCase.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new CaseConflictException("Case %s cannot %s now: it is not at that step (it may just have changed)."
                    .formatted(supportCase.getNumber(), attempted));
        }
        tasks.complete(task.getId(), stepValues(task.getProcessInstanceId(), values, by));
    }

    /** Delivers a message the process is waiting for, or refuses if it is not waiting for it. */
    public void correlate(Case supportCase, String message, Actor by, Map<String, ?> values, String attempted) {
        try {
            if (supportCase.getProcessInstanceId() == null) {
                throw new MismatchingMessageCorrelationException("Case " + supportCase.getNumber() + " has no lifecycle");
            }
            runtime.createMessageCorrelation(message)
                    .processInstanceId(supportCase.getProcessInstanceId())
                    .setVariables(stepValues(supportCase.getProcessInstanceId(), values, by))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseConflictException("Case %s cannot %s now: it is not waiting for that (it may just have changed)."
                    .formatted(supportCase.getNumber(), attempted));
        }
    }

    /**
     * Why the case's lifecycle cannot take that message now (its instance suspended, gone, or at
     * another step), or empty when it can. Asked before correlating where a refusal must not undo
     * the caller's work: a failed engine call marks the whole Spring transaction rollback-only.
     */
    public Optional<String> whyNotWaitingFor(Case supportCase, String message) {
        String processInstanceId = supportCase.getProcessInstanceId();
        ProcessInstance instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.of("its lifecycle process instance (%s) no longer exists; restart the case's process or close the case"
                    .formatted(processInstanceId));
        }
        if (instance.isSuspended()) {
            return Optional.of("its lifecycle process instance %s is suspended; activate it in Cockpit".formatted(processInstanceId));
        }
        if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
                .eventName(message).count() == 0) {
            return Optional.of("its lifecycle process instance %s is not waiting for %s".formatted(processInstanceId, message));
        }
        return Optional.empty();
    }

    /**
     * Hands a stored customer reply to the job executor, for a case whose lifecycle cannot take it
     * now. A process of its own (customer-reply.bpmn) rather than a table the case module polls:
     * the engine already retries failed jobs durably, on every node of a cluster, and turns the
     * last failure into an incident an administrator sees, and retries, in Cockpit.
     */
    public void deliverLater(Case supportCase, long messageId) {
        runtime.createProcessInstanceByKey(CustomerReplyDelivery.KEY)
                .businessKey(deliveryKey(supportCase.getId(), messageId))
                .setVariable(CustomerReplyDelivery.Vars.CASE_ID, supportCase.getId())
                .setVariable(CustomerReplyDelivery.Vars.MESSAGE_ID, messageId)
                .execute();
    }

    /** Not the case id alone: that is the lifecycle's business key, and a reply delivery is no second lifecycle. */
    static String deliveryKey(long caseId, long messageId) {
        return "case-" + caseId + "-reply-" + messageId;
    }

    /** Keeps the process's copy of the owner and the open work task's assignee in line with the case. */
    public void ownerChanged(Case supportCase) {
        String processInstanceId = supportCase.getProcessInstanceId();
        runtime.setVariable(processInstanceId, Vars.CASE_OWNER, supportCase.getOwner());
        tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(CaseLifecycle.Tasks.WORK).list()
                .forEach(task -> tasks.setAssignee(task.getId(), supportCase.getOwner()));
    }

    /**
     * The SLA rules read the priority from the process; the open tasks of the case (its lifecycle's
     * and its escalation's, all keyed by the case number) take the new rank in Tasklist.
     */
    public void priorityChanged(Case supportCase) {
        runtime.setVariable(supportCase.getProcessInstanceId(), Vars.PRIORITY, supportCase.getPriority());
        int rank = properties.taskPriority(supportCase.getPriority());
        tasks.createTaskQuery().processInstanceBusinessKey(businessKey(supportCase.getNumber())).listPage(0, 100)
                .stream().filter(task -> task.getPriority() != rank)
                .forEach(task -> tasks.setPriority(task.getId(), rank));
    }

    /**
     * Free text and the actor go in as transient variables: the step reads them, the engine never
     * stores them. A Tasklist form may have left a stored copy of the same name, which the engine
     * would not let a transient value replace, so it is removed first.
     */
    private VariableMap stepValues(String processInstanceId, Map<String, ?> values, Actor by) {
        VariableMap variables = Variables.createVariables();
        values.forEach((name, value) -> {
            if (TRANSIENT.contains(name)) {
                runtime.removeVariable(processInstanceId, name);
                variables.putValueTyped(name, Variables.untypedValue(value, true));
            } else {
                variables.putValue(name, value);
            }
        });
        variables.putValueTyped(Vars.ACTOR, Variables.stringValue(by.reference(), true));
        return variables;
    }

    private static final Set<String> TRANSIENT = Set.of(Vars.FIRST_REPLY, Vars.PRIORITY_REASON, Vars.REASON,
            Vars.RESOLUTION_SUMMARY);

    /** The business key of a case's lifecycle and escalation ladder: the case number. */
    public static String businessKey(String caseNumber) {
        return caseNumber;
    }
}
