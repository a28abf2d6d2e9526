package io.casedesk.complaints.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintSteps;
import io.casedesk.complaints.ComplaintTaskSummary;
import io.casedesk.complaints.process.ComplaintProcess.Vars;
import io.casedesk.platform.TaskNames;

/**
 * Create listener of the complaint process's user tasks: names the task after the complaint
 * ("Review the complaint COMPLAINT-12: Rude answer") and puts the complaint in front of whoever
 * handles it, as task-local variables its form shows read-only.
 */
@Component("complaintTaskView")
class ComplaintTaskView implements TaskListener {

    private final ComplaintSteps steps;

    ComplaintTaskView(ComplaintSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(Vars.COMPLAINT_ID) instanceof Number id)) {
            return;
        }
        ComplaintTaskSummary summary = steps.summary(id.longValue());
        String modelName = task.getBpmnModelElementInstance() == null ? task.getName()
                : task.getBpmnModelElementInstance().getName();
        task.setName(TaskNames.withCase(modelName, summary.number(), summary.subject()));
        task.setVariablesLocal(variables(summary));
    }

    static Map<String, Object> variables(ComplaintTaskSummary summary) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Vars.COMPLAINT_NUMBER, summary.number());
        variables.put(Vars.COMPLAINT_SUBJECT, summary.subject());
        variables.put(Vars.COMPLAINT_DESCRIPTION, summary.description());
        variables.put(Vars.COMPLAINT_CUSTOMER, summary.customer());
        variables.put(Vars.COMPLAINT_ORGANISATION, summary.organisation());
        variables.put(Vars.RELATED_CASE_NUMBER, summary.relatedCaseNumber());
        return variables;
    }
}
