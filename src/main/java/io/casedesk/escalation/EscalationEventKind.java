package io.casedesk.escalation;

/** The kinds of line in a case's escalation history. */
public enum EscalationEventKind {
    STARTED,
    RAISED,
    LEVEL_ENTERED,
    LEVEL_NOT_ANSWERED,
    ACKNOWLEDGED,
    ESCALATED_BY_LEVEL,
    DE_ESCALATED,
    RESOLVED,
    WITHDRAWN,
    SLA_WARNING,
    PRIORITY_RAISED
}
