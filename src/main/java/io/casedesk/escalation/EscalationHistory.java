package io.casedesk.escalation;

import java.time.Instant;
import java.util.List;

/** A case's escalations as staff see them: the current level, every step, and who was (to be) told. */
public record EscalationHistory(String caseNumber, boolean escalated, Current current, List<Line> history,
        List<Notice> notices) {

    public record Current(int level, int levelCount, String title, String group, String assignee, Instant since,
            Instant respondBy, String startedBy, String startedTrigger, Instant startedAt) {
    }

    public record Line(Instant at, String kind, String trigger, Integer level, String levelTitle, String actor,
            String reason, String detail) {
    }

    public record Notice(Instant createdAt, String event, String recipientKind, String recipient, String subject,
            String body, Instant deliveredAt) {
    }
}
