package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/** "Record first response": applies the triage decisions and moves the case to In Progress. */
@Component("recordFirstResponse")
class RecordFirstResponseDelegate implements JavaDelegate {

    private final LifecycleSteps steps;

    RecordFirstResponseDelegate(LifecycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = new StepVariables(execution, steps);
        String owner = steps.respond(vars.caseId(), vars.actor(), vars.text(Vars.PRIORITY),
                vars.text(Vars.PRIORITY_REASON), vars.text(Vars.CATEGORY), vars.text(Vars.CASE_OWNER),
                vars.text(Vars.FIRST_REPLY));
        execution.setVariable(Vars.CASE_OWNER, owner);
        vars.forget(Vars.FIRST_REPLY, Vars.PRIORITY_REASON);
    }
}
