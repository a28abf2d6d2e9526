package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import io.casedesk.sla.process.SlaDecisionTables;

/**
 * The SLA package wired by hand around a test engine: clocks kept in memory, cases from a map,
 * the engine's clock as "now", published events collected.
 */
public final class SlaTestKit {

    public final Map<Long, SlaCase> cases = new HashMap<>();
    public final Map<Long, String> appliedPriorityReasons = new HashMap<>();
    /** Case fields still empty, by case (policy E waits for them); absent means complete. */
    public final Map<Long, List<String>> missingFields = new HashMap<>();
    public final List<Object> published = new ArrayList<>();
    public final InMemoryClockStore store = new InMemoryClockStore();
    public final PolicySets policySets;
    public final SlaRules rules;
    public final SlaClocks clocks;
    public final SlaPreview preview;
    public final SlaCaseSource source;

    public SlaTestKit(ProcessEngine engine, String policySet) {
        SlaProperties properties = new SlaProperties(policySet, null);
        policySets = new PolicySets(properties);
        rules = new SlaRules(new SlaDecisionTables(engine.getDecisionService(), engine.getRepositoryService()), policySets);
        source = new SlaCaseSource() {
            @Override
            public SlaCase get(long caseId) {
                return cases.get(caseId);
            }

            @Override
            public List<String> missing(long caseId, List<String> fields) {
                return missingFields.getOrDefault(caseId, List.of()).stream().filter(fields::contains).toList();
            }

            @Override
            public String status(long caseId) {
                return "IN_PROGRESS";
            }

            @Override
            public void applyPriority(long caseId, String priority, String reason) {
                SlaCase c = cases.get(caseId);
                cases.put(caseId, new SlaCase(caseId, c.number(), c.receivedAt(), priority, c.category(), c.environment(),
                        c.contractTier(), c.timeZone()));
                appliedPriorityReasons.put(caseId, reason);
            }
        };
        clocks = new SlaClocks(store, rules, policySets, source, properties, published::add, engineClock());
        preview = new SlaPreview(policySets, rules);
    }

    /**
     * Starts the case's clocks as the lifecycle does: "Determine priority" (the priority table) first,
     * recording the policy's priority and reason on the case, then "Start SLA clocks".
     */
    public SlaClocks.Started start(long caseId) {
        SlaCase c = cases.get(caseId);
        var decided = rules.priority(policySets.active().id(), c.priority(), c.environment(), c.category());
        if (decided.reason() != null) {
            source.applyPriority(caseId, decided.priority(), decided.reason());
        }
        return clocks.start(caseId);
    }

    /** "Now" is the engine's clock, which process tests move with ClockUtil. */
    public static Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }

    public SlaCase newCase(long caseId, Instant receivedAt, String priority, String environment, String tier, String zone) {
        SlaCase c = new SlaCase(caseId, "CASE-" + caseId, receivedAt, priority, "Defect", environment, tier, zone);
        cases.put(caseId, c);
        return c;
    }

    public List<SlaEvent> events(long caseId, SlaEventKind kind) {
        return store.eventsOf(caseId).stream().filter(e -> e.getKind() == kind).toList();
    }

    public SlaClock clock(long caseId, String target) {
        return store.clocksOf(caseId).stream().filter(c -> c.getTarget().equals(target)).findFirst().orElseThrow();
    }

    public static final class InMemoryClockStore implements ClockStore {

        private final List<SlaClock> clocks = new ArrayList<>();
        private final List<SlaEvent> events = new ArrayList<>();

        @Override
        public List<SlaClock> clocksOf(long caseId) {
            return clocks.stream().filter(c -> c.getCaseId() == caseId).toList();
        }

        @Override
        public void save(SlaClock clock) {
            if (!clocks.contains(clock)) {
                clocks.add(clock);
            }
        }

        @Override
        public void record(SlaEvent event) {
            events.add(event);
        }

        @Override
        public List<SlaEvent> eventsOf(long caseId) {
            return events.stream().filter(e -> e.getCaseId() == caseId).toList();
        }
    }
}
