package io.casedesk.escalation.process;

import java.util.Optional;

import io.casedesk.sla.calendar.BusinessCalendar;

/** The cases and calendars the watch rules read; {@link CaseWatchFacts} in the application, stand-ins in process tests. */
interface WatchedCases {

    Optional<WatchedCase> find(long caseId);

    /** A calendar the rule table names: "24x7" (wall clock), "case" (the case's SLA calendar) or a calendar's name. */
    BusinessCalendar calendar(long caseId, String name);
}
