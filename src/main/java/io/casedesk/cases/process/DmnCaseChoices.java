package io.casedesk.cases.process;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.Choice;
import io.casedesk.cases.ChoiceList;

/**
 * The choice lists as {@code processes/case-choices.dmn} has them for the active policy set. Every
 * call evaluates the latest deployed version of the table, so a process owner's deployment from
 * Camunda Modeler changes the lists on every node from the next call on, without a restart.
 */
@Component
class DmnCaseChoices implements CaseChoices {

    /** The policy set property and its default, as {@code sla}'s PolicySets read them (cases cannot use sla). */
    static final String POLICY_SET_PROPERTY = "casedesk.sla.policy-set";
    static final String DEFAULT_POLICY_SET = "policy-c";

    private final Supplier<DecisionService> decisions;
    private final Supplier<String> policySet;

    @Autowired
    DmnCaseChoices(DecisionService decisions, Environment environment) {
        this(() -> decisions, () -> environment.getProperty(POLICY_SET_PROPERTY, DEFAULT_POLICY_SET).strip());
    }

    DmnCaseChoices(Supplier<DecisionService> decisions, Supplier<String> policySet) {
        this.decisions = decisions;
        this.policySet = policySet;
    }

    @Override
    public String policySet() {
        return policySet.get();
    }

    @Override
    public List<Choice> options(ChoiceList list) {
        return decisions.get().evaluateDecisionByKey(CaseChoicesTable.DECISION)
                .variables(Map.of(CaseChoicesTable.POLICY_SET, policySet(), CaseChoicesTable.LIST, list.key()))
                .evaluate()
                .getResultList().stream()
                .map(CaseChoicesTable::choice)
                .toList();
    }
}
