package io.casedesk.cases;

import java.time.Instant;

/**
 * When the next reminder to a silent customer is due. The SLA package supplies a business-calendar
 * version so reminders never land at night or on a weekend; this interface keeps cases free of it.
 */
public interface ReminderSchedule {

    Instant nextReminder(Case supportCase, Instant from);
}
