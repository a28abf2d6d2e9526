package io.casedesk.cases;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reminders at the configured interval in plain elapsed time, when no calendar-aware schedule exists. */
@Configuration(proxyBeanMethods = false)
class FixedIntervalReminders {

    @Bean
    ReminderSchedule fixedIntervalReminderSchedule(CasesProperties properties) {
        return (supportCase, from) -> from.plus(properties.reminderInterval());
    }
}
