package io.casedesk.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The user tasks open in a process instance as a step of it sees them: a task created earlier in
 * the same transaction is there (a task query would not find it before the commit), a task
 * completed earlier in it is not (a query still would). For a step that keeps its instance's tasks
 * in line with what it just changed.
 */
public final class OpenTasks {

    private OpenTasks() {
    }

    public static List<DelegateTask> of(DelegateExecution execution) {
        List<DelegateTask> tasks = new ArrayList<>();
        collect(((ExecutionEntity) execution).getProcessInstance(), tasks);
        return tasks;
    }

    private static void collect(ExecutionEntity execution, List<DelegateTask> tasks) {
        tasks.addAll(execution.getTasks());
        for (ExecutionEntity child : execution.getExecutions()) {
            collect(child, tasks);
        }
    }
}
