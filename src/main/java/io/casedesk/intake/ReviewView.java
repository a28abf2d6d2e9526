package io.casedesk.intake;

import java.time.Instant;

/** A review queue item as staff see it (the raw mail stays in the database). */
public record ReviewView(Long id, String fromAddress, String fromName, String subject, String text, String reason,
        Instant receivedAt, Instant answeredAt, String status, String caseNumber, String decidedBy, Instant decidedAt,
        String discardReason) {

    /** For the queue's query, which selects the status as the entity's enum. */
    public ReviewView(Long id, String fromAddress, String fromName, String subject, String text, String reason,
            Instant receivedAt, Instant answeredAt, Enum<?> status, String caseNumber, String decidedBy,
            Instant decidedAt, String discardReason) {
        this(id, fromAddress, fromName, subject, text, reason, receivedAt, answeredAt, status.name(), caseNumber,
                decidedBy, decidedAt, discardReason);
    }
}
