package io.casedesk.sla;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.casedesk.sla.calendar.SlaDuration;
import io.casedesk.sla.calendar.UnrecognisedSlaDurationException;
import io.casedesk.sla.process.SlaDecisionTables;

/**
 * Asks the deployed DMN tables: {@code priority} (the priority a case really gets) and
 * {@code sla-targets} (its targets). Always the latest deployed version, whose id is kept with the
 * clocks: a case keeps the targets it got at start when a process owner deploys a new table. The
 * engine is asked through {@link SlaDecisionTables}.
 */
@Component
public class SlaRules {

    public static final String PRIORITY_DECISION = "priority";
    public static final String TARGETS_DECISION = "sla-targets";

    private final SlaDecisionTables tables;
    private final PolicySets policySets;

    public SlaRules(SlaDecisionTables tables, PolicySets policySets) {
        this.tables = tables;
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
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("policySet", policySet);
        inputs.put("requestedPriority", requested);
        inputs.put("environment", environment);
        inputs.put("category", category);
        var result = tables.evaluateLatest(PRIORITY_DECISION, inputs).firstRow();
        if (result == null || result.get("priority") == null) {
            return new Priority(requested, null);
        }
        String priority = result.get("priority").toString();
        Object reason = result.get("reason");
        return new Priority(priority, priority.equals(requested) || reason == null ? null : reason.toString());
    }

    public Targets targets(Question question) {
        PolicySet set = policySets.get(question.policySet());
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("policySet", set.id());
        inputs.put("priority", question.priority());
        inputs.put("contractTier", question.tier());
        inputs.put("environment", question.environment());
        inputs.put("region", question.region());
        inputs.put("receivedInHours", question.receivedInHours());
        inputs.put("category", question.category());
        var answer = tables.evaluateLatest(TARGETS_DECISION, inputs);
        List<SlaTarget> targets = new ArrayList<>();
        for (Map<String, Object> row : answer.rows()) {
            targets.add(target(set, row));
        }
        return new Targets(List.copyOf(targets), answer.decisionDefinitionId());
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

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
