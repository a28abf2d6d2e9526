package io.casedesk.platform.history;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import io.casedesk.platform.TaskNames;

/**
 * Stands in front of the engine's database history handler and drops every history event about a
 * free-text variable: its creation, updates and deletion (ACT_HI_VARINST and the variable updates
 * of ACT_HI_DETAIL) and the submitted form field (the form properties of ACT_HI_DETAIL). Everything
 * else reaches the database as before, so Cockpit still shows each step, who did it and the
 * variables that hold ids and choices. A task's name loses the case subject it carries in Tasklist
 * ({@link TaskNames}): ACT_HI_TASKINST keeps "Triage and respond CASE-10004". It also drops the
 * evaluations of the decisions named in {@code casedesk.history.unrecorded-decisions}: lookups of
 * configuration the application makes for every form and request, which would fill the decision
 * history with copies of the table.
 */
class FreeTextHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler database;
    private final Set<String> freeText;
    private final Set<String> unrecordedDecisions;

    FreeTextHistoryFilter(HistoryEventHandler database, Set<String> freeText) {
        this(database, freeText, Set.of());
    }

    FreeTextHistoryFilter(HistoryEventHandler database, Set<String> freeText, Set<String> unrecordedDecisions) {
        this.database = database;
        this.freeText = freeText;
        this.unrecordedDecisions = unrecordedDecisions;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            task.setName(TaskNames.withoutCustomerText(task.getName()));
        }
        if (!isFreeText(event) && !isUnrecordedDecision(event)) {
            database.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    boolean isUnrecordedDecision(HistoryEvent event) {
        return event instanceof HistoricDecisionEvaluationEvent evaluation
                && evaluation.getRootHistoricDecisionInstance() != null
                && unrecordedDecisions.contains(evaluation.getRootHistoricDecisionInstance().getDecisionDefinitionKey());
    }

    boolean isFreeText(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return freeText.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity field) {
            return freeText.contains(field.getPropertyId());
        }
        return false;
    }
}
