package io.casedesk.cases.process;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.casedesk.cases.Case;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * Which case a lifecycle instance acts on. A task completion (Tasklist form or engine REST) may
 * carry any variable, {@code caseId} included, so no step trusts that variable alone: it must match
 * what the process fixed when it started, its business key, and the case must name this very
 * instance as its lifecycle. This is the one place that ties the three together. The business key
 * is the case number ({@link CaseProcess#businessKey}); an instance started before that, keyed by
 * the case id, is still recognised until {@link LegacyBusinessKeys} has renamed it.
 */
final class CaseBinding {

    private CaseBinding() {
    }

    /** The case this instance acts on; refuses a {@code caseId} or {@code caseNumber} that someone rewrote. */
    static long caseId(DelegateExecution execution, LifecycleSteps steps) {
        long caseId = declaredCaseId(execution);
        Case bound = steps.find(caseId).orElseThrow(() -> rewritten(Vars.CASE_ID));
        String key = execution.getProcessBusinessKey();
        if (!CaseProcess.businessKey(bound.getNumber()).equals(key) && !LegacyBusinessKeys.legacyKey(caseId).equals(key)) {
            throw rewritten(Vars.CASE_ID);
        }
        if (!execution.getProcessInstanceId().equals(bound.getProcessInstanceId())) {
            throw rewritten(Vars.CASE_ID);
        }
        Object number = execution.getVariable(Vars.CASE_NUMBER);
        if (number != null && !number.toString().equals(bound.getNumber())) {
            throw rewritten(Vars.CASE_NUMBER);
        }
        return caseId;
    }

    /**
     * "Case received" starts the lifecycle of a case Casedesk has just stored: the case must exist,
     * match the business key and have no lifecycle yet; this instance then becomes its lifecycle.
     * Anything else (a second lifecycle for a running case, a case that does not exist) is refused.
     */
    static void bind(DelegateExecution execution, LifecycleSteps steps) {
        Object value = execution.getVariable(Vars.CASE_ID);
        if (!(value instanceof Number number)
                || !steps.find(number.longValue()).map(c -> CaseProcess.businessKey(c.getNumber()))
                        .filter(key -> key.equals(execution.getProcessBusinessKey())).isPresent()
                || !steps.bindLifecycle(number.longValue(), execution.getProcessInstanceId())) {
            throw new AuthorizationException("Only Casedesk starts a support case's lifecycle through the message '"
                    + CaseLifecycle.Messages.CASE_RECEIVED + "', once per case, when the case is stored."
                    + " Log a phone call with the start form instead.");
        }
    }

    private static long declaredCaseId(DelegateExecution execution) {
        if (execution.getVariable(Vars.CASE_ID) instanceof Number number) {
            return number.longValue();
        }
        throw rewritten(Vars.CASE_ID);
    }

    private static ProcessOwnedVariableException rewritten(String variable) {
        return new ProcessOwnedVariableException(variable);
    }
}
