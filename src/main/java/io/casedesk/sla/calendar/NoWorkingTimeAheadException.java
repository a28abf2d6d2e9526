package io.casedesk.sla.calendar;

import java.time.Instant;

/**
 * Raised instead of searching forever when holidays cover every working hour for years ahead, or a
 * due date lies further out than any SLA sensibly can.
 */
public class NoWorkingTimeAheadException extends IllegalStateException {

    public NoWorkingTimeAheadException(String calendarName, Instant from, int years) {
        super("Calendar \"" + calendarName + "\": not enough working time within " + years
                + " years after " + from + " (are the holidays right?)");
    }
}
