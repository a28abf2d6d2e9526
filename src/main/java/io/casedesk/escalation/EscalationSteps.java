package io.casedesk.escalation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.escalation.process.EscalationProcess.Outcomes;

/**
 * The work behind the service tasks of the escalation process: only its delegates call this. Each
 * step updates the ladder, adds a history line and the notices of who must be told, in the
 * engine's transaction.
 */
@Service
@Transactional
public class EscalationSteps {

    private final Escalations escalations;
    private final EscalationEvents events;
    private final Notices notices;
    private final Clock clock;

    EscalationSteps(Escalations escalations, EscalationEvents events, Notices notices, Clock clock) {
        this.escalations = escalations;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    /** A level has the case: its people and the customer are told. */
    public void levelEntered(long escalationId, int level, String title, String group, String assignee, Instant since,
            Instant responseDue) {
        Escalation escalation = load(escalationId);
        escalation.enterLevel(level, title, group, assignee, since, responseDue);
        long caseId = escalation.getCaseId();
        String number = escalation.getCaseNumber();
        events.save(new EscalationEvent(caseId, escalationId, EscalationEventKind.LEVEL_ENTERED, null, level, title,
                "casedesk", null, "Handled by the " + title + (assignee == null ? " (" + group + ")" : " (" + assignee + ")")
                        + "; respond by " + Notices.when(responseDue), since));
        notices.toStaff(caseId, EscalationEventKind.LEVEL_ENTERED, group, assignee,
                "Case %s is escalated to you (%s)".formatted(number, title),
                "Case %s has been escalated to the %s level. Acknowledge it, record a plan of action and decide by %s, or it moves up."
                        .formatted(number, title, Notices.when(responseDue)), since);
        notices.toCustomer(caseId, EscalationEventKind.LEVEL_ENTERED, escalation.getCustomerEmail(),
                "Your case %s has been escalated".formatted(number),
                "Your case %s is now being handled by our %s.".formatted(number, title), since);
    }

    /** The level's response time ran out. */
    public void levelNotAnswered(long escalationId, int level) {
        Escalation escalation = load(escalationId);
        events.save(new EscalationEvent(escalation.getCaseId(), escalationId, EscalationEventKind.LEVEL_NOT_ANSWERED,
                EscalationTrigger.LEVEL_NOT_ANSWERED, level, escalation.getLevelTitle(), "casedesk", null,
                "No decision by " + Notices.when(escalation.getLevelResponseDue()), clock.instant()));
    }

    /** The level acknowledged, recorded its plan and decided: de-escalate, resolve or escalate further. */
    public void levelDecided(long escalationId, int level, String actor, String decision, String plan) {
        Escalation escalation = load(escalationId);
        Instant now = clock.instant();
        long caseId = escalation.getCaseId();
        events.save(new EscalationEvent(caseId, escalationId, EscalationEventKind.ACKNOWLEDGED, null, level,
                escalation.getLevelTitle(), actor, null, plan, now));
        String number = escalation.getCaseNumber();
        switch (decision) {
            case Outcomes.DE_ESCALATE -> {
                escalation.end(EscalationStatus.DE_ESCALATED, now);
                events.save(new EscalationEvent(caseId, escalationId, EscalationEventKind.DE_ESCALATED, null, level,
                        escalation.getLevelTitle(), actor, null, null, now));
                notices.toCustomer(caseId, EscalationEventKind.DE_ESCALATED, escalation.getCustomerEmail(),
                        "Your case %s: escalation closed".formatted(number),
                        "Our %s has reviewed your case %s and handed it back to our support team with a plan of action."
                                .formatted(escalation.getLevelTitle(), number), now);
            }
            case Outcomes.RESOLVE -> {
                escalation.end(EscalationStatus.RESOLVED, now);
                events.save(new EscalationEvent(caseId, escalationId, EscalationEventKind.RESOLVED, null, level,
                        escalation.getLevelTitle(), actor, null, null, now));
                notices.toCustomer(caseId, EscalationEventKind.RESOLVED, escalation.getCustomerEmail(),
                        "Your case %s: escalation resolved".formatted(number),
                        "Our %s has resolved the matter you escalated on case %s."
                                .formatted(escalation.getLevelTitle(), number), now);
            }
            default -> events.save(new EscalationEvent(caseId, escalationId, EscalationEventKind.ESCALATED_BY_LEVEL,
                    EscalationTrigger.LEVEL_ESCALATED, level, escalation.getLevelTitle(), actor, null, null, now));
        }
    }

    private Escalation load(long escalationId) {
        return escalations.findById(escalationId)
                .orElseThrow(() -> new IllegalStateException("No escalation " + escalationId));
    }
}
