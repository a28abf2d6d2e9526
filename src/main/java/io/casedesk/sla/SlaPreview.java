package io.casedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * What-if: the targets a case would get under a policy set and when each would fall due, with
 * optional pauses, computed exactly as live clocks are (same tables, same clock arithmetic) but
 * stored nowhere.
 */
@Service
public class SlaPreview {

    private static final Set<String> ENVIRONMENTS = Set.of("PRODUCTION", "TEST", "OTHER");

    private final PolicySets policySets;
    private final SlaRules rules;

    public SlaPreview(PolicySets policySets, SlaRules rules) {
        this.policySets = policySets;
        this.rules = rules;
    }

    /** A stretch during which the case is Pending or On Hold. */
    public record Pause(Instant from, Instant until) {
    }

    /**
     * @param calendar      optional: count every target on this calendar instead (what if our hours were …)
     * @param workOrderDate optional: a target counted to the Work Order date shows only when it is given
     */
    public record Question(String policySet, String contractTier, String priority, String environment, String category,
            String customerTimeZone, Instant receivedAt, List<Pause> pauses, BusinessCalendar calendar,
            java.time.LocalDate workOrderDate) {

        public Question(String policySet, String contractTier, String priority, String environment, String category,
                String customerTimeZone, Instant receivedAt, List<Pause> pauses, BusinessCalendar calendar) {
            this(policySet, contractTier, priority, environment, category, customerTimeZone, receivedAt, pauses, calendar,
                    null);
        }
    }

    public record TargetDue(String target, String duration, String calendar, String calendarZone, Instant clockStartsAt,
            Instant warningAt, Instant dueAt) {
    }

    public record Answer(String policySet, String priority, String priorityReason, String contractTier, String region,
            boolean receivedInHours, String decisionDefinitionId, List<TargetDue> targets) {
    }

    public Answer preview(Question question) {
        PolicySet set = policySets.get(question.policySet() == null ? policySets.active().id() : question.policySet());
        String tier = question.contractTier() == null ? set.defaultTier() : question.contractTier();
        if (!set.tiers().contains(tier)) {
            throw new SlaException("contractTier", "%s has no contract tier \"%s\"; its tiers are %s."
                    .formatted(set.id(), tier, set.tiers()));
        }
        if (question.priority() == null || !set.priorities().contains(question.priority())) {
            throw new SlaException("priority", "%s has no priority \"%s\"; its priorities are %s."
                    .formatted(set.id(), question.priority(), set.priorities()));
        }
        if (question.environment() != null && !ENVIRONMENTS.contains(question.environment())) {
            throw new SlaException("environment", "Environment is one of %s.".formatted(ENVIRONMENTS));
        }
        if (question.receivedAt() == null) {
            throw new SlaException("receivedAt", "Say when the case was received, with an offset or zone.");
        }
        List<Pause> pauses = checked(question.pauses(), question.receivedAt());
        String zone = question.customerTimeZone();
        var priority = rules.priority(set.id(), question.priority(), question.environment(), question.category());
        var supportCase = new SlaCase(0, null, question.receivedAt(), priority.priority(), question.category(),
                question.environment(), tier, zone, question.workOrderDate());
        SlaRules.Question asked;
        try {
            asked = SlaClocks.question(set, policySets.calendar(set.mainCalendar().name()), supportCase, priority.priority());
        } catch (java.time.DateTimeException e) {
            throw new SlaException("customerTimeZone", "\"%s\" is not an IANA time zone such as Europe/London.".formatted(zone));
        }
        var targets = rules.targets(asked);
        List<TargetDue> dues = new ArrayList<>();
        for (SlaTarget target : targets.targets().stream().map(supportCase::applied).filter(java.util.Objects::nonNull).toList()) {
            BusinessCalendar calendar = question.calendar() != null ? question.calendar()
                    : policySets.calendar(target.calendarName());
            SlaClock clock = SlaClock.start(0, set.id(), targets.decisionDefinitionId(), target, calendar, question.receivedAt());
            for (Pause pause : pauses) {
                // A pause after the target fell due changes nothing: the clock has already run out.
                if (pause.from().isBefore(clock.getDueAt())) {
                    clock.pause(calendar, pause.from(), "pause");
                    clock.resume(calendar, pause.until(), "resume");
                }
            }
            dues.add(new TargetDue(target.name(), clock.getDurationText(), calendar.name(), calendar.zone().getId(),
                    clock.getStartedAt(), clock.getWarningAt(), clock.getDueAt()));
        }
        return new Answer(set.id(), priority.priority(), priority.reason(), tier, asked.region(), asked.receivedInHours(),
                targets.decisionDefinitionId(), dues);
    }

    private static List<Pause> checked(List<Pause> pauses, Instant receivedAt) {
        if (pauses == null || pauses.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            String field = "pauses[" + i + "]";
            if (pause == null || pause.from() == null || pause.until() == null) {
                throw new SlaException(field, "A pause needs both from and until.");
            }
            if (!pause.until().isAfter(pause.from())) {
                throw new SlaException(field, "A pause must end after it starts (from %s, until %s)."
                        .formatted(pause.from(), pause.until()));
            }
            if (pause.from().isBefore(receivedAt)) {
                throw new SlaException(field, "A pause cannot start before the case was received (%s).".formatted(receivedAt));
            }
        }
        List<Pause> sorted = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().isBefore(sorted.get(i - 1).until())) {
                throw new SlaException("pauses", "Pauses overlap: %s–%s and %s–%s.".formatted(sorted.get(i - 1).from(),
                        sorted.get(i - 1).until(), sorted.get(i).from(), sorted.get(i).until()));
            }
        }
        return sorted;
    }
}
