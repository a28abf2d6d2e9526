package io.casedesk.sla;

/** What happened to a clock; the reports count these. */
public enum SlaEventKind {
    STARTED, PAUSED, RESUMED, WARNED, MET, BREACHED,
    /** A repeating target (update interval) came round; the next interval started. */
    UPDATE_DUE,
    /** The case's priority changed: the target was evaluated again, or retired where it no longer applies. */
    RETARGETED
}
