package io.casedesk.escalation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Someone who must be told about an escalation step or a complaint: the people at the new level
 * (a staff group or user) or the customer. Saving one publishes {@link EscalationNoticeRecorded} in the
 * same transaction; the mail outbox ({@code io.casedesk.notify}) writes its message from it and sets
 * {@code deliveredAt} once the mail server has accepted it.
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
    @Transient
    private boolean announced;

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

    @DomainEvents
    java.util.List<Object> recorded() {
        return announced ? java.util.List.of() : java.util.List.of(new EscalationNoticeRecorded(this));
    }

    @AfterDomainEventPublication
    void announced() {
        announced = true;
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
