package io.casedesk.sla;

/** Where a clock stands. Met and breached are final, except that a reopened case revives its met resolution clock. */
public enum ClockState {
    RUNNING, PAUSED, MET, BREACHED
}
