package io.casedesk.sla;

import java.time.Instant;

/**
 * An update interval came round (policy A: an hourly progress bulletin for P1 during core hours):
 * the customer is due a progress update now; the next one is due at {@code nextDueAt}.
 */
public record SlaUpdateDue(long caseId, String target, Instant dueAt, Instant nextDueAt) {
}
