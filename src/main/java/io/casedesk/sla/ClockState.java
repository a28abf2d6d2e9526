package io.casedesk.sla;

/** Where a clock stands. Met and breached are final, except that a reopened case revives its met resolution clock. */
public enum ClockState {
    RUNNING, PAUSED, MET, BREACHED,
    /** The target no longer applies: the case's priority changed to one without it. Counts as neither met nor breached. */
    RETIRED
}
