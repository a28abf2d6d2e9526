package io.casedesk.cases;

import java.util.EnumSet;
import java.util.Set;

/** The six statuses of policy D, with the moves the lifecycle allows between them. */
public enum CaseStatus {
    /** Submitted; nobody has responded yet. */
    OPEN,
    /** Responded to, actively being worked. */
    IN_PROGRESS,
    /** Waiting on the submitter or a program fix. */
    PENDING,
    /** Agreed pause with no active work, until a date. */
    ON_HOLD,
    /** Solution given, awaiting the customer's confirmation. */
    RESOLVED,
    /** Confirmed, not a defect, duplicate, or no response after reminders. */
    CLOSED;

    public boolean canMoveTo(CaseStatus target) {
        return allowedTargets().contains(target);
    }

    private Set<CaseStatus> allowedTargets() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(PENDING, ON_HOLD, RESOLVED, CLOSED);
            case PENDING -> EnumSet.of(IN_PROGRESS, CLOSED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS);
            case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }
}
