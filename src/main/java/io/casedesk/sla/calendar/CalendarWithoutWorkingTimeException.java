package io.casedesk.sla.calendar;

/** A calendar must have some working time, or no SLA clock on it could ever run. */
public class CalendarWithoutWorkingTimeException extends IllegalArgumentException {

    public CalendarWithoutWorkingTimeException(String calendarName) {
        super("Calendar \"" + calendarName + "\" has no working time: give it weekly working hours"
                + " (for example Monday–Friday 09:00–17:00) or make it 24x7.");
    }
}
