package io.casedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Replay: a past case's recorded history (received, first response, resolution, the stretches it
 * spent paused) run against another policy set or the table deployed now, to see which targets it
 * would have met. Process owners run it before deploying a new table. Stores nothing.
 *
 * <p>Time spent Resolved before a reopen counts as paused, as on live clocks. A priority the other
 * policy does not know is mapped by rank (the second of P1–P4 is Medium in High/Medium/Low).
 */
@Service
public class SlaReplay {

    private final SlaPreview preview;
    private final PolicySets policySets;
    private final Clock clock;

    public SlaReplay(SlaPreview preview, PolicySets policySets, Clock clock) {
        this.preview = preview;
        this.policySets = policySets;
        this.clock = clock;
    }

    /** What happened to the case, as its history records it. */
    public record History(String number, Instant receivedAt, String priority, List<String> fromPriorities,
            String environment, String category, String contractTier, String customerTimeZone, Instant firstResponseAt,
            Instant resolvedAt, List<SlaPreview.Pause> pauses, java.time.LocalDate workOrderDate) {

        public History(String number, Instant receivedAt, String priority, List<String> fromPriorities,
                String environment, String category, String contractTier, String customerTimeZone,
                Instant firstResponseAt, Instant resolvedAt, List<SlaPreview.Pause> pauses) {
            this(number, receivedAt, priority, fromPriorities, environment, category, contractTier, customerTimeZone,
                    firstResponseAt, resolvedAt, pauses, null);
        }
    }

    public enum Outcome {
        MET, BREACHED, RUNNING
    }

    public record TargetOutcome(String target, String duration, String calendar, Instant dueAt, Instant reachedAt,
            Outcome outcome) {
    }

    public record Answer(String caseNumber, String policySet, String priority, String contractTier,
            String decisionDefinitionId, List<TargetOutcome> targets) {
    }

    public Answer replay(History history, String policySet) {
        PolicySet set = policySets.get(policySet == null ? policySets.active().id() : policySet);
        String priority = mapPriority(history.priority(), history.fromPriorities(), set.priorities());
        String tier = set.tierOrDefault(history.contractTier());
        var answer = preview.preview(new SlaPreview.Question(set.id(), tier, priority, history.environment(),
                history.category(), history.customerTimeZone(), history.receivedAt(), history.pauses(), null,
                history.workOrderDate()));
        Instant now = clock.instant();
        List<TargetOutcome> outcomes = answer.targets().stream().map(target -> {
            Instant reached = reachedAt(target.target(), history);
            Outcome outcome = reached != null ? (reached.isAfter(target.dueAt()) ? Outcome.BREACHED : Outcome.MET)
                    : (now.isAfter(target.dueAt()) ? Outcome.BREACHED : Outcome.RUNNING);
            return new TargetOutcome(target.target(), target.duration(), target.calendar(), target.dueAt(), reached, outcome);
        }).toList();
        return new Answer(history.number(), set.id(), answer.priority(), tier, answer.decisionDefinitionId(), outcomes);
    }

    private static Instant reachedAt(String target, SlaReplay.History history) {
        return switch (target) {
            case SlaTarget.FIRST_RESPONSE, SlaTarget.ACKNOWLEDGEMENT -> history.firstResponseAt();
            case SlaTarget.RESOLUTION -> history.resolvedAt();
            default -> null;
        };
    }

    static String mapPriority(String priority, List<String> from, List<String> to) {
        if (to.contains(priority)) {
            return priority;
        }
        int rank = from == null ? -1 : from.indexOf(priority);
        if (rank < 0) {
            throw new SlaException("priority", "The case's priority \"%s\" is not one of %s and cannot be mapped."
                    .formatted(priority, to));
        }
        return to.get(Math.min(rank, to.size() - 1));
    }
}
