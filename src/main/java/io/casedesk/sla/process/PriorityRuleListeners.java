package io.casedesk.sla.process;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.casedesk.cases.process.LifecycleVariables;
import io.casedesk.sla.PolicySets;
import io.casedesk.sla.SlaCase;
import io.casedesk.sla.SlaCaseSource;

/**
 * The lifecycle's "Determine priority" is a business rule task on {@code processes/priority.dmn}.
 * These listeners put the question to it (start) and record its answer on the case (end): the
 * priority the policy gives, and why, when it differs from the one asked for.
 */
@Configuration(proxyBeanMethods = false)
class PriorityRuleListeners {

    /** The table's inputs, as variables of the step's own execution only. */
    static final String POLICY_SET = "policySet";
    static final String REQUESTED_PRIORITY = "requestedPriority";
    static final String ENVIRONMENT = "environment";
    static final String CATEGORY = "category";
    static final String DECISION_RESULT = "decisionResult";

    @Bean
    ExecutionListener slaPriorityQuestion(SlaCaseSource cases, PolicySets policySets) {
        return execution -> {
            SlaCase supportCase = cases.get(LifecycleVariables.caseId(execution));
            execution.setVariableLocal(POLICY_SET, policySets.active().id());
            execution.setVariableLocal(REQUESTED_PRIORITY, supportCase.priority());
            execution.setVariableLocal(ENVIRONMENT, supportCase.environment());
            execution.setVariableLocal(CATEGORY, supportCase.category());
        };
    }

    @Bean
    ExecutionListener slaPriorityDecision(SlaCaseSource cases) {
        return execution -> record(execution, cases);
    }

    private static void record(DelegateExecution execution, SlaCaseSource cases) {
        long caseId = LifecycleVariables.caseId(execution);
        String requested = (String) execution.getVariableLocal(REQUESTED_PRIORITY);
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
        var row = result == null ? null : result.getFirstResult();
        String decided = row == null || row.get("priority") == null ? requested : row.get("priority").toString();
        Object reason = row == null ? null : row.get("reason");
        if (!decided.equals(requested) && reason != null) {
            cases.applyPriority(caseId, decided, reason.toString());
        }
        for (String input : new String[] { POLICY_SET, REQUESTED_PRIORITY, ENVIRONMENT, CATEGORY }) {
            execution.removeVariableLocal(input);
        }
        LifecycleVariables.recordPriority(execution, decided);
    }
}
