package io.casedesk.sla;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the SLA rules need to know about a case, whoever keeps it.
 *
 * @param environment PRODUCTION, TEST or OTHER
 * @param timeZone      the customer organisation's IANA zone (policy B picks the serving region by it)
 * @param workOrderDate the date a Work Order promises delivery by (policy A's P5), null when none
 */
public record SlaCase(long caseId, String number, Instant receivedAt, String priority, String category,
        String environment, String contractTier, String timeZone, LocalDate workOrderDate) {

    public SlaCase(long caseId, String number, Instant receivedAt, String priority, String category,
            String environment, String contractTier, String timeZone) {
        this(caseId, number, receivedAt, priority, category, environment, contractTier, timeZone, null);
    }

    /**
     * The target as it applies to this case: one counted to the Work Order date is aimed at the
     * case's date, and is absent (null) while the case has none.
     */
    public SlaTarget applied(SlaTarget target) {
        if (!target.duration().needsWorkOrderDate()) {
            return target;
        }
        return workOrderDate == null ? null : new SlaTarget(target.name(),
                target.duration().forWorkOrderDate(workOrderDate), target.calendarName(), target.warningPercent());
    }
}
