package io.casedesk.intake;

/**
 * A delivery status notification said that mail about a case could not be delivered. Recorded on the
 * case as an internal note in the same transaction; published for whoever sent the original.
 *
 * @param caseNumber        the case the undelivered mail was about
 * @param recipient         the address that failed (from the report's Final-Recipient), may be null
 * @param diagnostic        the report's status and diagnostic code, may be null
 * @param originalMessageId the Message-ID of the undelivered mail, may be null
 */
public record MailDeliveryFailed(String caseNumber, String recipient, String diagnostic, String originalMessageId) {
}
