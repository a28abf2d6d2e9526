package io.casedesk.cases.process;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import io.casedesk.cases.CaseTaskSummary;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.platform.TaskNames;

/**
 * Create listener of every staff user task that works a case (the lifecycle's and the escalation
 * ladder's): names the task after its case ("Triage and respond CASE-10004: Export fails"), ranks
 * it by the case's priority, and puts the case in front of the agent as task-local variables the
 * form shows read-only. Values are plain text; form-js and Tasklist render them as text.
 */
@Component("caseTaskView")
class CaseTaskView implements TaskListener {

    private final LifecycleSteps steps;
    private final CasesProperties properties;

    CaseTaskView(LifecycleSteps steps, CasesProperties properties) {
        this.steps = steps;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable(Vars.CASE_ID) instanceof Number caseId)) {
            return;
        }
        CaseTaskSummary summary = steps.summary(caseId.longValue());
        String modelName = task.getBpmnModelElementInstance() == null ? task.getName()
                : task.getBpmnModelElementInstance().getName();
        task.setName(TaskNames.withCase(modelName, summary.number(), summary.subject()));
        task.setPriority(properties.taskPriority(summary.priority()));
        task.setVariablesLocal(variables(summary));
    }

    /** Every field is set, empty when unknown: a form submits read-only fields too, and they must land on the task. */
    static Map<String, Object> variables(CaseTaskSummary summary) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(Vars.CASE_SUBJECT, summary.subject());
        variables.put(Vars.CASE_CUSTOMER, summary.customer());
        variables.put(Vars.CASE_ORGANISATION, summary.organisation());
        variables.put(Vars.CASE_ENVIRONMENT, summary.environment());
        variables.put(Vars.CASE_PRODUCT, summary.product());
        variables.put(Vars.CASE_DESCRIPTION, summary.description());
        variables.put(Vars.CASE_LAST_CUSTOMER_MESSAGE, summary.lastCustomerMessage());
        return variables;
    }
}
