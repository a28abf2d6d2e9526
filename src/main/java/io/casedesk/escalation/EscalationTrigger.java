package io.casedesk.escalation;

/** What started a ladder or moved it up. */
public enum EscalationTrigger {
    /** An SLA clock passed its due time. */
    SLA_BREACH,
    /** Policy A: a P1 not closed or downgraded within the allowed time after the response. */
    P1_NOT_CLOSED,
    /** Policy A: an outage without a response in time. */
    OUTAGE_NOT_RESPONDED,
    /** The customer asked for it. */
    CUSTOMER,
    /** A staff member asked for it. */
    STAFF,
    /** The level did not act before its response time ran out. */
    LEVEL_NOT_ANSWERED,
    /** The level itself decided to escalate further. */
    LEVEL_ESCALATED;

    /** Triggers that mean the case owner already missed a target: the ladder starts above them. */
    boolean isInternal() {
        return this == SLA_BREACH || this == P1_NOT_CLOSED || this == OUTAGE_NOT_RESPONDED;
    }
}
