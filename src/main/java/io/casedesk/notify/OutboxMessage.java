package io.casedesk.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One mail to send, written in the transaction of the change that caused it. Its Message-ID is fixed
 * when it is written, so every attempt sends the same message and a mail client shows a repeat (after
 * a crash between the server's acceptance and {@link #markSent}) as the same mail.
 */
@Entity
@Table(name = "cd_outbox_message")
public class OutboxMessage {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private Long caseId;
    private String caseNumber;
    private String recipients;
    private String subject;
    private String textBody;
    private String htmlBody;
    private String messageId;
    private String inReplyTo;
    @Column(name = "references_header")
    private String references;
    private boolean automatic;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimToken;
    private Instant claimedUntil;
    private String lastError;
    private Long sourceNoticeId;
    private Instant createdAt;
    private Instant sentAt;
    @Enumerated(EnumType.STRING)
    private OutboxChannel channel = OutboxChannel.MAIL;
    private Long webhookId;
    private Integer responseStatus;

    protected OutboxMessage() {
    }

    /** A call of a webhook: {@code textBody} is the JSON, {@code recipients} the URL, {@code messageId} the delivery id. */
    static OutboxMessage webhookCall(long webhookId, String url, String eventType, Long caseId, String caseNumber,
            String json, String deliveryId, Instant now) {
        OutboxMessage call = new OutboxMessage("WEBHOOK " + eventType, caseId, caseNumber, url, eventType, json, null,
                deliveryId, null, null, true, null, now);
        call.channel = OutboxChannel.WEBHOOK;
        call.webhookId = webhookId;
        return call;
    }

    OutboxMessage(String kind, Long caseId, String caseNumber, String recipients, String subject, String textBody,
            String htmlBody, String messageId, String inReplyTo, String references, boolean automatic,
            Long sourceNoticeId, Instant now) {
        this.kind = kind;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.recipients = recipients;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.references = references;
        this.automatic = automatic;
        this.sourceNoticeId = sourceNoticeId;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A message that can never be sent (no valid recipient): failed from the start, visible to admins. */
    void failAtOnce(String error) {
        this.status = OutboxStatus.FAILED;
        this.lastError = truncate(error);
    }

    boolean isClaimedBy(String token) {
        return status == OutboxStatus.SENDING && token.equals(claimToken);
    }

    void recordResponse(Integer status) {
        this.responseStatus = status;
    }

    void markSent(Instant at) {
        this.status = OutboxStatus.SENT;
        this.attempts++;
        this.sentAt = at;
        this.claimToken = null;
        this.claimedUntil = null;
        this.lastError = null;
    }

    /** One more failed attempt: back to pending at {@code retryAt}, or failed when none are left. */
    void attemptFailed(String error, Instant retryAt, int maxAttempts) {
        this.attempts++;
        this.lastError = truncate(error);
        this.claimToken = null;
        this.claimedUntil = null;
        if (attempts >= maxAttempts) {
            this.status = OutboxStatus.FAILED;
        } else {
            this.status = OutboxStatus.PENDING;
            this.nextAttemptAt = retryAt;
        }
    }

    /** An administrator sends a failed message again: a fresh set of attempts, same Message-ID. */
    void retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new OutboxRetryRefusedException(id, status);
        }
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    private static String truncate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferences() {
        return references;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Long getSourceNoticeId() {
        return sourceNoticeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public OutboxChannel getChannel() {
        return channel;
    }

    public Long getWebhookId() {
        return webhookId;
    }

    /** The HTTP status of a webhook's last answer; null for mail and for a call that got no answer. */
    public Integer getResponseStatus() {
        return responseStatus;
    }
}
