package io.casedesk.escalation.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Arms a watch rule's timer path in the lifecycle: when the table has a row for the case, sets the
 * rule's due variable on the process instance, whose creation starts the path's event sub-process.
 * Once per case: a case that comes this way again (a second response) keeps the first due time.
 */
class ArmWatchListener implements ExecutionListener {

    private final WatchRule rule;
    private final WatchedCases cases;

    ArmWatchListener(WatchRule rule, WatchedCases cases) {
        this.rule = rule;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getProcessInstance().hasVariable(rule.dueVariable())) {
            return;
        }
        long caseId = ((Number) execution.getVariable(EscalationProcess.Vars.CASE_ID)).longValue();
        var watched = cases.find(caseId).filter(c -> rule.countsFrom(c).isPresent());
        if (watched.isEmpty()) {
            return;
        }
        rule.lookUp(execution.getProcessEngineServices().getDecisionService(), watched.get())
                .map(row -> rule.dueAt(row, watched.get(), cases))
                .ifPresent(due -> execution.getProcessInstance().setVariable(rule.dueVariable(), Date.from(due)));
    }
}
