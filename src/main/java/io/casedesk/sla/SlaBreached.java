package io.casedesk.sla;

import java.time.Instant;

/**
 * Published when an SLA clock passes its due time.
 *
 * @param caseId the case whose clock ran out
 * @param target which target was missed, e.g. "first-response" or "resolution"
 * @param dueAt  when it was due
 */
public record SlaBreached(long caseId, String target, Instant dueAt) {
}
