package io.casedesk.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A mail taken from a mailbox and what it became; its key makes a second delivery a no-op. Always
 * inserted, never merged: should two nodes process one mail at once, the second insert fails on the
 * key and its whole transaction (its case included) rolls back.
 */
@Entity
@Table(name = "cd_intake_message")
class ProcessedMail implements Persistable<String> {

    @Id
    @Column(name = "message_key")
    private String key;
    private String mailbox;
    private String fromAddress;
    @Enumerated(EnumType.STRING)
    private IntakeOutcome outcome;
    private String detail;
    private String caseNumber;
    private Instant processedAt;
    @Transient
    private boolean inserted;

    protected ProcessedMail() {
        this.inserted = true;
    }

    ProcessedMail(String key, String mailbox, String fromAddress, IntakeOutcome outcome, String detail, String caseNumber,
            Instant processedAt) {
        this.key = key;
        this.mailbox = mailbox;
        this.fromAddress = fromAddress;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.caseNumber = caseNumber;
        this.processedAt = processedAt;
    }

    String getKey() {
        return key;
    }

    @Override
    public String getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return !inserted;
    }

    @PostPersist
    void markInserted() {
        inserted = true;
    }

    IntakeOutcome getOutcome() {
        return outcome;
    }

    String getDetail() {
        return detail;
    }

    String getCaseNumber() {
        return caseNumber;
    }
}
