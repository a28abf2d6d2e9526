package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.modulith.NamedInterface;

import io.casedesk.cases.process.CaseLifecycle.Vars;

/**
 * The case's variables in the {@code case-lifecycle} process, for the other modules whose steps run
 * in it (the SLA clocks). The cases module owns their names ({@link CaseLifecycle.Vars}); other
 * modules read and write them only through here (the {@code cases::lifecycle} interface).
 */
@NamedInterface("lifecycle")
public final class LifecycleVariables {

    private LifecycleVariables() {
    }

    /** The id of the case a lifecycle step runs for. */
    public static long caseId(VariableScope execution) {
        return ((Number) execution.getVariable(Vars.CASE_ID)).longValue();
    }

    /**
     * The priority the policy gave the case, on the process instance, where the lifecycle's
     * gateways, Tasklist filters and task cards read it.
     */
    public static void recordPriority(DelegateExecution execution, String priority) {
        execution.getProcessInstance().setVariable(Vars.PRIORITY, priority);
    }
}
