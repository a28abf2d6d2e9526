package io.casedesk.sla;

import io.casedesk.sla.calendar.SlaDuration;

/**
 * One row of the {@code sla-targets} table as it applies to a case.
 *
 * @param name           first-response, acknowledgement, update-interval or resolution
 * @param duration       how long, in the table's words ("2 business hours", "1 week")
 * @param calendarName   the calendar the clock counts on
 * @param warningPercent share of the target after which a warning fires; null for none
 */
public record SlaTarget(String name, SlaDuration duration, String calendarName, Integer warningPercent) {

    public static final String FIRST_RESPONSE = "first-response";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String UPDATE_INTERVAL = "update-interval";
    public static final String RESOLUTION = "resolution";

    /** Stopped by the first public response. */
    public boolean metByFirstResponse() {
        return FIRST_RESPONSE.equals(name) || ACKNOWLEDGEMENT.equals(name);
    }

    /** Comes round again each time it falls due, rather than being breached. */
    public boolean repeats() {
        return UPDATE_INTERVAL.equals(name);
    }
}
