package io.casedesk.sla;

import java.time.Instant;

/**
 * What the SLA rules need to know about a case, whoever keeps it.
 *
 * @param environment PRODUCTION, TEST or OTHER
 * @param timeZone    the customer organisation's IANA zone (policy B picks the serving region by it)
 */
public record SlaCase(long caseId, String number, Instant receivedAt, String priority, String category,
        String environment, String contractTier, String timeZone) {
}
