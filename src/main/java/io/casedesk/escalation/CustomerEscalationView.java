package io.casedesk.escalation;

import java.time.Instant;
import java.util.List;

/** A case's escalation in plain words for the customer; nothing internal (no plans, no staff names). */
public record CustomerEscalationView(String caseNumber, boolean escalated, String summary, List<Line> history,
        List<Message> messages) {

    public record Line(Instant at, String text) {
    }

    public record Message(Instant sentAt, String subject, String body) {
    }
}
