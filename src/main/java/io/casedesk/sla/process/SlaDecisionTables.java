package io.casedesk.sla.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN table in the engine, so that {@code SlaRules}
 * reads the policy's tables without talking to the engine itself.
 */
@Component
public class SlaDecisionTables {

    /** The rows a table answered with, and the id of the table version that answered. */
    public record Answer(String decisionDefinitionId, List<Map<String, Object>> rows) {

        public Map<String, Object> firstRow() {
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    private final DecisionService decisions;
    private final RepositoryService repository;

    public SlaDecisionTables(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /** Inputs may be null (a case without a region), so they come as a map that allows it. */
    public Answer evaluateLatest(String key, Map<String, Object> inputs) {
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (table == null) {
            throw new IllegalStateException("The DMN table \"" + key + "\" is not deployed (processes/" + key + ".dmn).");
        }
        List<Map<String, Object>> rows = decisions.evaluateDecisionTableById(table.getId(), Variables.fromMap(inputs))
                .getResultList();
        return new Answer(table.getId(), rows);
    }
}
