package io.casedesk.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.casedesk.sla.calendar.SlaDuration;
import io.casedesk.sla.calendar.UnrecognisedSlaDurationException;

/**
 * Asks the deployed DMN tables: {@code priority} (the priority a case really gets) and
 * {@code sla-targets} (its targets). Always the latest deployed version, whose id is kept with the
 * clocks: a case keeps the targets it got at start when a process owner deploys a new table.
 */
@Component
public class SlaRules {

    public static final String PRIORITY_DECISION = "priority";
    public static final String TARGETS_DECISION = "sla-targets";

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final PolicySets policySets;

    public SlaRules(DecisionService decisions, RepositoryService repository, PolicySets policySets) {
        this.decisions = decisions;
        this.repository = repository;
        this.policySets = policySets;
    }

    /** What the targets table is asked. {@code receivedInHours} is judged on the policy's main calendar. */
    public record Question(String policySet, String priority, String tier, String environment, String region,
            boolean receivedInHours, String category) {
    }

    public record Targets(List<SlaTarget> targets, String decisionDefinitionId) {
    }

    /** The priority after the policy's rules, and why it differs from the one asked for (null when it does not). */
    public record Priority(String priority, String reason) {
    }

    public Priority priority(String policySet, String requested, String environment, String category) {
        DecisionDefinition table = latest(PRIORITY_DECISION);
        VariableMap variables = Variables.createVariables()
                .putValue("policySet", policySet)
                .putValue("requestedPriority", requested)
                .putValue("environment", environment)
                .putValue("category", category);
        var result = decisions.evaluateDecisionTableById(table.getId(), variables).getFirstResult();
        if (result == null || result.get("priority") == null) {
            return new Priority(requested, null);
        }
        String priority = result.get("priority").toString();
        Object reason = result.get("reason");
        return new Priority(priority, priority.equals(requested) || reason == null ? null : reason.toString());
    }

    public Targets targets(Question question) {
        PolicySet set = policySets.get(question.policySet());
        DecisionDefinition table = latest(TARGETS_DECISION);
        VariableMap variables = Variables.createVariables()
                .putValue("policySet", set.id())
                .putValue("priority", question.priority())
                .putValue("contractTier", question.tier())
                .putValue("environment", question.environment())
                .putValue("region", question.region())
                .putValue("receivedInHours", question.receivedInHours())
                .putValue("category", question.category());
        List<SlaTarget> targets = new ArrayList<>();
        for (Map<String, Object> row : decisions.evaluateDecisionTableById(table.getId(), variables).getResultList()) {
            targets.add(target(set, row));
        }
        return new Targets(List.copyOf(targets), table.getId());
    }

    private static SlaTarget target(PolicySet set, Map<String, Object> row) {
        String name = SlaTarget.canonicalName(text(row.get("target")));
        String calendar = text(row.get("calendar"));
        if (name == null || calendar == null || set.calendar(calendar).isEmpty()) {
            throw new SlaException("calendar", "The sla-targets table gives %s target \"%s\" the calendar \"%s\", which %s does not have; it has %s."
                    .formatted(set.id(), name, calendar, set.id(), set.calendarsByName().keySet()));
        }
        SlaDuration duration;
        try {
            duration = SlaDuration.parse(text(row.get("duration")));
        } catch (UnrecognisedSlaDurationException e) {
            throw new SlaException("duration", "The sla-targets table's %s target \"%s\": %s".formatted(set.id(), name, e.getMessage()));
        }
        Object percent = row.get("warningPercent");
        return new SlaTarget(name, duration, calendar, percent instanceof Number n ? n.intValue() : null);
    }

    private DecisionDefinition latest(String key) {
        DecisionDefinition table = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (table == null) {
            throw new IllegalStateException("The DMN table \"" + key + "\" is not deployed (processes/" + key + ".dmn).");
        }
        return table;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
