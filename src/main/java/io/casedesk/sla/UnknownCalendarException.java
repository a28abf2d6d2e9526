package io.casedesk.sla;

import java.util.List;

/** No stored calendar has that id (answered with 404 and the ids there are). */
public class UnknownCalendarException extends RuntimeException {

    public UnknownCalendarException(String id, List<String> known) {
        super("There is no stored calendar \"%s\"; the calendars are %s.".formatted(id, known));
    }
}
