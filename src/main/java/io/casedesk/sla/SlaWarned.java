package io.casedesk.sla;

import java.time.Instant;

/** A running clock passed its warning threshold; the target is still due at {@code dueAt}. */
public record SlaWarned(long caseId, String target, Instant dueAt) {
}
