package io.casedesk.sla.process;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.platform.OpenTasks;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaTarget;

/**
 * A user task's urgency from the SLA clocks. The model names, per user task, the targets it serves
 * (extension property {@value #TARGETS_PROPERTY}, e.g. {@code first-response, acknowledgement} on
 * triage): the task is due when the earliest of them that is running is due, and has no due date
 * while they are all paused or met. Every task of a case also carries the due times of the case's
 * running targets as task-local ISO-8601 texts its form shows ({@code slaFirstResponseDue}, …).
 *
 * <p>As create listener it sets both when the task appears; {@code follow} moves them whenever the
 * lifecycle publishes new deadlines (a clock paused, resumed or re-targeted, an update round), in
 * the same transaction. A task without the property keeps the due date its model gives it (the
 * escalation levels' respond-by).
 */
@Component("slaTaskDeadlines")
class SlaTaskDeadlines implements TaskListener {

    static final String TARGETS_PROPERTY = "slaTargets";
    /** The targets whose due times forms show, each as {@code sla<Target>Due}. */
    static final List<String> SHOWN_TARGETS = List.of(SlaTarget.ACKNOWLEDGEMENT, SlaTarget.FIRST_RESPONSE,
            SlaTarget.UPDATE_INTERVAL, SlaTarget.RESOLUTION);

    private final SlaClocks clocks;

    SlaTaskDeadlines(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable("caseId") instanceof Number)) {
            return;
        }
        Map<String, Instant> due = clocks.taskDueByTarget(LifecycleVariables.caseId(task));
        apply(task, due);
    }

    /** Sets the task's due date (if its model names targets) and the due times its form shows, where they changed. */
    private static void apply(DelegateTask task, Map<String, Instant> due) {
        Set<String> targets = targetsOf(task.getBpmnModelElementInstance());
        if (targets != null) {
            Date dueDate = dueDate(targets, due);
            if (!Objects.equals(dueDate, task.getDueDate())) {
                task.setDueDate(dueDate);
            }
        }
        for (Map.Entry<String, Object> shown : formVariables(due).entrySet()) {
            if (!task.hasVariableLocal(shown.getKey())
                    || !Objects.equals(task.getVariableLocal(shown.getKey()), shown.getValue())) {
                task.setVariableLocal(shown.getKey(), shown.getValue());
            }
        }
    }

    /** From a step of the lifecycle: its instance's open tasks as the step sees them, this transaction's included. */
    static void follow(DelegateExecution execution, Map<String, Instant> due) {
        // The tasks are the engine's own entities of this transaction: what is set here is stored at its commit.
        OpenTasks.of(execution).forEach(task -> apply(task, due));
    }

    /**
     * Moves the due date and the shown due times of the instance's open user tasks. A task completed
     * earlier in this very transaction (the triage whose first response stops the clock) is left
     * alone: it is no longer active, though a query still returns it until the commit.
     */
    static void follow(ProcessEngineServices engine, String processInstanceId, Map<String, Instant> due) {
        follow(engine, engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).listPage(0, 100),
                due);
    }

    /**
     * The open tasks of the case's other processes, keyed by the same case number (its escalation
     * ladder), besides the lifecycle itself: their forms show the case's due times too.
     */
    static void followOthers(ProcessEngineServices engine, String businessKey, String lifecycleId,
            Map<String, Instant> due) {
        if (businessKey == null) {
            return;
        }
        follow(engine, engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .listPage(0, 100).stream().filter(task -> !task.getProcessInstanceId().equals(lifecycleId)).toList(), due);
    }

    private static void follow(ProcessEngineServices engine, List<Task> open, Map<String, Instant> due) {
        TaskService tasks = engine.getTaskService();
        Map<String, List<String>> activeByInstance = new java.util.HashMap<>();
        Map<String, Object> shown = formVariables(due);
        for (Task task : open) {
            List<String> active = activeByInstance.computeIfAbsent(task.getProcessInstanceId(),
                    id -> engine.getRuntimeService().getActiveActivityIds(id));
            if (!active.contains(task.getTaskDefinitionKey())) {
                continue;
            }
            BaseElement element = engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                    .getModelElementById(task.getTaskDefinitionKey());
            Set<String> targets = targetsOf(element);
            if (targets != null) {
                Date dueDate = dueDate(targets, due);
                if (!Objects.equals(dueDate, task.getDueDate())) {
                    task.setDueDate(dueDate);
                    tasks.saveTask(task);
                }
            }
            Map<String, Object> current = tasks.getVariablesLocal(task.getId(), shown.keySet());
            Map<String, Object> changed = new LinkedHashMap<>();
            shown.forEach((name, value) -> {
                if (!current.containsKey(name) || !Objects.equals(current.get(name), value)) {
                    changed.put(name, value);
                }
            });
            if (!changed.isEmpty()) {
                tasks.setVariablesLocal(task.getId(), changed);
            }
        }
    }

    /** The targets a user task serves, from its model; null when the model names none. */
    static Set<String> targetsOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
        if (!(element instanceof BaseElement base)) {
            return null;
        }
        ExtensionElements extensions = base.getExtensionElements();
        if (extensions == null) {
            return null;
        }
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (TARGETS_PROPERTY.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                    Set<String> targets = new LinkedHashSet<>();
                    for (String target : property.getCamundaValue().split(",")) {
                        if (!target.isBlank()) {
                            targets.add(target.strip());
                        }
                    }
                    return targets;
                }
            }
        }
        return null;
    }

    /** The earliest due time among the running clocks of those targets; null when none runs. */
    static Date dueDate(Set<String> targets, Map<String, Instant> due) {
        return targets.stream().map(due::get).filter(Objects::nonNull).min(Instant::compareTo).map(Date::from)
                .orElse(null);
    }

    /** {@code slaFirstResponseDue = "2026-12-02T15:00:00Z"}, null for a target not running (paused, met, none). */
    static Map<String, Object> formVariables(Map<String, Instant> due) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String target : SHOWN_TARGETS) {
            Instant at = due.get(target);
            variables.put(formVariable(target), at == null ? null : at.toString());
        }
        return variables;
    }

    /** "first-response" becomes "slaFirstResponseDue". */
    static String formVariable(String target) {
        String due = SlaLifecycle.Vars.dueOf(target);
        return "sla" + Character.toUpperCase(due.charAt(0)) + due.substring(1);
    }
}
