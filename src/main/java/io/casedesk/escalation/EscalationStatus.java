package io.casedesk.escalation;

/** Where a ladder stands. */
public enum EscalationStatus {
    /** Running: a level has the case. */
    ACTIVE,
    /** The level handed the case back to normal handling. */
    DE_ESCALATED,
    /** The level resolved what the escalation was about. */
    RESOLVED,
    /** The case was closed while escalated. */
    WITHDRAWN
}
