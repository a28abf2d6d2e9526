package io.casedesk.escalation.process;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.process.EscalationProcess.Decisions;


/**
 * A policy set's ladder as {@code processes/escalation-levels.dmn} says it, read with the latest
 * deployed version of the table: a process owner's deployment changes the next lookup, no restart.
 * The model's business rule tasks route the case; this reads the same table for what code needs
 * besides (how many levels there are, where a level exists).
 */
@Component
public class EscalationLadder {

    /** Ladders longer than this are taken to be a table without an end (a row matching any level). */
    static final int MAX_LEVELS = 20;

    private final DecisionService decisions;

    public EscalationLadder(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** One row of the {@code escalation-level} table. */
    public record Level(int number, String role, String title, String candidateGroup, boolean assignToCaseOwner,
            String responseTime, String calendar) {

        public static Level of(int number, Map<String, Object> row) {
            return new Level(number, (String) row.get("role"), (String) row.get("title"),
                    (String) row.get("candidateGroup"), Boolean.TRUE.equals(row.get("assignToCaseOwner")),
                    (String) row.get("responseTime"), (String) row.get("calendar"));
        }
    }

    /** Level {@code number} of the policy set's ladder, or empty where the ladder has no such level. */
    public Optional<Level> level(String policySet, int number) {
        DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(Decisions.LEVEL)
                .variables(Map.of("policySet", policySet, "level", number))
                .evaluate()
                .getFirstResult();
        return Optional.ofNullable(row).map(entries -> Level.of(number, entries.getEntryMap()));
    }

    /** How many levels the policy set's ladder has. */
    public int levelCount(String policySet) {
        int count = 0;
        while (count < MAX_LEVELS && level(policySet, count + 1).isPresent()) {
            count++;
        }
        return count;
    }
}
