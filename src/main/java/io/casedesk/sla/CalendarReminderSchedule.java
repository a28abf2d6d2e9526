package io.casedesk.sla;

import java.time.Instant;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import io.casedesk.cases.Case;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.ReminderSchedule;

/**
 * Reminders to a silent customer go out only in support hours: the configured interval later, or
 * at the next working instant of the active policy's main calendar if that falls outside them.
 * Replaces the fixed-interval schedule of {@code cases}.
 */
@Primary
@Component
class CalendarReminderSchedule implements ReminderSchedule {

    private final PolicySets policySets;
    private final CasesProperties properties;

    CalendarReminderSchedule(PolicySets policySets, CasesProperties properties) {
        this.policySets = policySets;
        this.properties = properties;
    }

    @Override
    public Instant nextReminder(Case supportCase, Instant from) {
        return policySets.mainCalendar().nextWorkingInstant(from.plus(properties.reminderInterval()));
    }
}
