package io.casedesk.intake;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** A mail kept byte for byte because it could not be read or must not be acted on automatically. */
@Entity
@Table(name = "cd_intake_quarantine")
class QuarantinedMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_key")
    private String key;
    private String mailbox;
    private String fromAddress;
    private String subject;
    private String reason;
    private String caseNumber;
    private long sizeBytes;
    @Lob
    private byte[] raw;
    private Instant receivedAt;

    protected QuarantinedMail() {
    }

    QuarantinedMail(String key, String mailbox, String fromAddress, String subject, String reason, String caseNumber,
            byte[] raw, Instant receivedAt) {
        this.key = key;
        this.mailbox = mailbox;
        this.fromAddress = fromAddress;
        this.subject = IntakeText.cut(subject, 300);
        this.reason = IntakeText.cut(reason, 1000);
        this.caseNumber = caseNumber;
        this.sizeBytes = raw.length;
        this.raw = raw;
        this.receivedAt = receivedAt;
    }

    Long getId() {
        return id;
    }

    byte[] getRaw() {
        return raw;
    }
}
