package io.casedesk.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mail whose sender may not open cases, waiting for staff to make it a case or discard it. */
@Entity
@Table(name = "cd_intake_review")
class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_key")
    private String key;
    private String mailbox;
    private String fromAddress;
    private String fromName;
    private String subject;
    private String body;
    private String reason;
    @Lob
    private byte[] raw;
    private Instant receivedAt;
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String caseNumber;
    private String decidedBy;
    private Instant decidedAt;
    private String discardReason;
    @Version
    private long version;

    protected ReviewItem() {
    }

    ReviewItem(String key, String mailbox, String fromAddress, String fromName, String subject, String body,
            String reason, byte[] raw, Instant receivedAt) {
        this.key = key;
        this.mailbox = mailbox;
        this.fromAddress = fromAddress;
        this.fromName = fromName == null ? null : IntakeText.cut(fromName, 200);
        this.subject = IntakeText.cut(subject, 300);
        this.body = body;
        this.reason = IntakeText.cut(reason, 1000);
        this.raw = raw;
        this.receivedAt = receivedAt;
        this.status = ReviewStatus.OPEN;
    }

    void markAnswered(Instant at) {
        this.answeredAt = at;
    }

    void caseOpened(String number, String by, Instant at) {
        requireOpen();
        this.status = ReviewStatus.CASE_OPENED;
        this.caseNumber = number;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void discard(String why, String by, Instant at) {
        requireOpen();
        this.status = ReviewStatus.DISCARDED;
        this.discardReason = IntakeText.cut(why, 1000);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireOpen() {
        if (status != ReviewStatus.OPEN) {
            throw new ReviewItemDecidedException(id, status);
        }
    }

    ReviewView view() {
        return new ReviewView(id, fromAddress, fromName, subject, body, reason, receivedAt, answeredAt, status.name(),
                caseNumber, decidedBy, decidedAt, discardReason);
    }

    Long getId() {
        return id;
    }

    byte[] getRaw() {
        return raw;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    ReviewStatus getStatus() {
        return status;
    }
}
