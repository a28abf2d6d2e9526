package io.casedesk.intake;

import java.time.Instant;

/**
 * A quarantined mail as staff see it; the raw mail is a download of its own.
 *
 * @param caseNumber the case the mail still became (e.g. one whose attachment was over the limit), or null
 */
public record QuarantineView(Long id, String mailbox, String fromAddress, String subject, String reason,
        String caseNumber, long sizeBytes, Instant receivedAt) {
}
