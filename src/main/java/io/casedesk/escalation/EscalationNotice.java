package io.casedesk.escalation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone who must be told about an escalation step or a complaint: the people at the new level
 * (a staff group or user) or the customer. The mail outbox delivers these and sets
 * {@code deliveredAt}; until it lands they are visible through the API.
 */
@Entity
@Table(name = "cd_escalation_notice")
public class EscalationNotice {

    /** Who a notice goes to. */
    public enum RecipientKind {
        GROUP, USER, CUSTOMER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long complaintId;
    private String eventKind;
    @Enumerated(EnumType.STRING)
    private RecipientKind recipientKind;
    private String recipient;
    private String subject;
    private String body;
    private Instant createdAt;
    private Instant deliveredAt;

    protected EscalationNotice() {
    }

    public EscalationNotice(Long caseId, Long complaintId, String eventKind, RecipientKind recipientKind,
            String recipient, String subject, String body, Instant createdAt) {
        this.caseId = caseId;
        this.complaintId = complaintId;
        this.eventKind = eventKind;
        this.recipientKind = recipientKind;
        this.recipient = recipient;
        this.subject = subject.length() <= 300 ? subject : subject.substring(0, 300);
        this.body = body.length() <= 4000 ? body : body.substring(0, 4000);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getEventKind() {
        return eventKind;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
