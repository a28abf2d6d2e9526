package io.casedesk.sla;

import java.time.Instant;

/**
 * A case missed a service-level target: published (as a Spring application event, in the
 * transaction that recorded the breach) when the target's due time passes while its clock runs.
 *
 * @param caseId the case's id (also the lifecycle process's business key)
 * @param target the target's name from the {@code sla-targets} table, e.g. {@code resolution}
 * @param dueAt  when the target fell due
 */
public record SlaBreached(long caseId, String target, Instant dueAt) {
}
