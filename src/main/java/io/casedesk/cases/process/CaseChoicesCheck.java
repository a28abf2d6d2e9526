package io.casedesk.cases.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.casedesk.cases.CaseChoices;
import io.casedesk.cases.CasesProperties;
import io.casedesk.platform.DeployedDecisionCheck;

/**
 * Keeps {@code case-choices.dmn} usable for the active policy set: a version that leaves one of its
 * lists empty, lacks a closing reason the process sets, or whose priorities are not the policy's
 * scheme is refused at deployment (Camunda Modeler shows the message), and a server whose deployed
 * table does not fit its policy set (e.g. after switching {@code casedesk.sla.policy-set}) does not
 * start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseChoicesCheck implements DeployedDecisionCheck, ApplicationRunner {

    /** Looked up when needed: the deployment check runs while the process engine, which CaseChoices uses, starts. */
    private final ObjectProvider<CaseChoices> choices;
    private final String policySet;
    private final CasesProperties properties;
    private DmnEngine dmnEngine;

    CaseChoicesCheck(ObjectProvider<CaseChoices> choices, Environment environment, CasesProperties properties) {
        this.choices = choices;
        this.policySet = environment.getProperty(DmnCaseChoices.POLICY_SET_PROPERTY, DmnCaseChoices.DEFAULT_POLICY_SET)
                .strip();
        this.properties = properties;
    }

    /** Before deployment: the file's table, evaluated on its own, for the active policy set. */
    @Override
    public List<String> problems(DmnModelInstance model) {
        if (model.getModelElementById(CaseChoicesTable.DECISION) == null) {
            return List.of();
        }
        try {
            DmnDecision decision = engine().parseDecision(CaseChoicesTable.DECISION, model);
            return CaseChoicesTable.problems(policySet, properties.priorities(), list -> engine()
                    .evaluateDecision(decision, Map.of(CaseChoicesTable.POLICY_SET, policySet, CaseChoicesTable.LIST,
                            list.key()))
                    .getResultList().stream().map(CaseChoicesTable::choice).toList());
        } catch (RuntimeException e) {
            // e.g. an output entry that names a variable the table is not given: refused, not a server error
            return List.of("decision '%s' cannot be evaluated for policy set '%s': %s".formatted(CaseChoicesTable.DECISION,
                    policySet, e.getMessage()));
        }
    }

    /** At start-up: the latest deployed version, which is what forms and the API will use. */
    @Override
    public void run(ApplicationArguments args) {
        List<String> problems;
        try {
            problems = CaseChoicesTable.problems(policySet, properties.priorities(), choices.getObject()::options);
        } catch (NotFoundException e) {
            throw new IllegalStateException("No decision '" + CaseChoicesTable.DECISION + "' is deployed; "
                    + "processes/case-choices.dmn holds the choice lists every form and the case API need.", e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The deployed choice lists (processes/case-choices.dmn, decision '%s') do not fit "
                    .formatted(CaseChoicesTable.DECISION)
                    + "policy set '%s': %s. Correct the table in Camunda Modeler and deploy it, or start with another "
                            .formatted(policySet, String.join("; ", problems))
                    + "casedesk.sla.policy-set.");
        }
    }

    /** A DMN engine of its own: the file is checked before the process engine knows it. */
    private synchronized DmnEngine engine() {
        if (dmnEngine == null) {
            dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        }
        return dmnEngine;
    }
}
