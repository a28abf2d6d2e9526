package io.casedesk.intake;

import java.util.List;

/**
 * What intake needs from one mail, read by {@link MailParser}: texts decoded, HTML turned into plain
 * text, attachments as bytes.
 *
 * @param messageId   the Message-ID header with its angle brackets, null when missing
 * @param fromAddress the sender's address in lower case, null when the From header is missing or unreadable
 * @param fromName    the sender's display name, may be null
 * @param subject     the decoded subject, without line breaks; empty when missing
 * @param inReplyTo   the Message-IDs named by In-Reply-To and References, nearest first
 * @param text        the mail's text as plain text
 * @param attachments every part that is not the text
 * @param automatic   why the mail is automatic (an auto-reply, a list, a bounce), null for a person's mail
 * @param report      the delivery status notification this mail is, null for any other mail
 */
record ParsedMail(String messageId, String fromAddress, String fromName, String subject, List<String> inReplyTo,
        String text, List<Attachment> attachments, String automatic, DeliveryReport report) {

    record Attachment(String fileName, byte[] content) {
    }

    /**
     * A delivery status notification (RFC 3464) about a mail we sent.
     *
     * @param recipient         Final-Recipient (or Original-Recipient), without the address type
     * @param diagnostic        Status and Diagnostic-Code as one line
     * @param originalMessageId the undelivered mail's Message-ID, from the returned message or its headers
     * @param originalSubject   the undelivered mail's subject, from the same place
     */
    record DeliveryReport(String recipient, String diagnostic, String originalMessageId, String originalSubject) {
    }

    String fromDisplay() {
        return fromName == null || fromName.isBlank() ? fromAddress : fromName;
    }
}
