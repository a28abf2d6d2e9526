package io.casedesk.escalation;

import java.time.Instant;

/**
 * Published when staff raise a case's severity or priority internally (policy D). The SLA engine
 * re-evaluates the case's targets on it.
 */
public record PriorityRaised(long caseId, String caseNumber, String fromPriority, String toPriority, String raisedBy,
        String reason, Instant raisedAt) {
}
