package io.casedesk.cases;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Case settings.
 *
 * @param numberPrefix          put before the sequence number, e.g. {@code CASE-} gives CASE-10001
 * @param priorities            the priority scheme of the active policy, most urgent first (set from
 *                              {@code casedesk.sla.policy-set}); the categories, causes, solution types and closing
 *                              reasons, and the priorities' labels, are rows of {@code processes/case-choices.dmn}
 * @param maxAttachmentSize     larger uploads are refused
 * @param reminderInterval      time between reminders while Pending or Resolved
 * @param maxReminders          unanswered reminders before a case closes for no response
 * @param maxReceivedAge        how far back staff may date a case they log after the fact (a phone call, a
 *                              forwarded mail); older is a data migration, not intake, and would breach and
 *                              escalate the moment it is stored
 */
@ConfigurationProperties("casedesk.cases")
public record CasesProperties(String numberPrefix, List<String> priorities,
        DataSize maxAttachmentSize, Duration reminderInterval, Integer maxReminders, Duration maxReceivedAge) {

    @ConstructorBinding
    public CasesProperties {
        numberPrefix = numberPrefix == null ? "CASE-" : numberPrefix;
        priorities = priorities == null || priorities.isEmpty() ? List.of("P1", "P2", "P3", "P4") : List.copyOf(priorities);
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
        reminderInterval = reminderInterval == null ? Duration.ofDays(3) : reminderInterval;
        maxReminders = maxReminders == null ? 3 : maxReminders;
        maxReceivedAge = maxReceivedAge == null ? Duration.ofDays(7) : maxReceivedAge;
    }

    public CasesProperties(String numberPrefix, List<String> priorities, DataSize maxAttachmentSize,
            Duration reminderInterval, Integer maxReminders) {
        this(numberPrefix, priorities, maxAttachmentSize, reminderInterval, maxReminders, null);
    }

    /**
     * A Tasklist task's priority for a case priority: the scheme's most urgent gets 100, each next
     * one 10 less (P1 100 … P4 70; policy D: High 100, Medium 90, Low 80), so "priority, highest
     * first" puts the most urgent case on top. A priority outside the scheme gets Camunda's default, 50.
     */
    public int taskPriority(String priority) {
        int rank = priorities.indexOf(priority);
        return rank < 0 ? DEFAULT_TASK_PRIORITY : Math.max(DEFAULT_TASK_PRIORITY + 1, 100 - 10 * rank);
    }

    /** Camunda's default task priority. */
    public static final int DEFAULT_TASK_PRIORITY = 50;

    public String lowestPriority() {
        return priorities.get(priorities.size() - 1);
    }
}
