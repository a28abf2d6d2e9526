package io.casedesk.complaints;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A complaint or a piece of feedback, moved along by the complaint process. */
@Entity
@Table(name = "cd_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ComplaintKind kind;
    private Long organisationId;
    private Long contactId;
    private String contactEmail;
    private Long caseId;
    private String subject;
    private String description;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    private Instant filedAt;
    private Instant acknowledgeDue;
    private Instant acknowledgedAt;
    private int updatesSent;
    private String outcome;
    private Boolean resolved;
    private Instant outcomeAt;
    private String arbitration;
    private Instant arbitratedAt;
    private String processInstanceId;
    @Version
    private long version;

    protected Complaint() {
    }

    Complaint(ComplaintKind kind, Long organisationId, Long contactId, String contactEmail, Long caseId, String subject,
            String description, Instant filedAt) {
        this.kind = kind;
        this.organisationId = organisationId;
        this.contactId = contactId;
        this.contactEmail = contactEmail;
        this.caseId = caseId;
        this.subject = subject;
        this.description = description;
        this.filedAt = filedAt;
        this.status = ComplaintStatus.RECEIVED;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void acknowledgeBy(Instant due) {
        this.acknowledgeDue = due;
    }

    void acknowledge(Instant at) {
        this.acknowledgedAt = at;
        this.status = kind == ComplaintKind.COMPLAINT ? ComplaintStatus.UNDER_REVIEW : ComplaintStatus.CLOSED;
    }

    void countUpdate() {
        updatesSent++;
    }

    void decide(String outcome, boolean resolved, Instant at) {
        this.outcome = truncate(outcome);
        this.resolved = resolved;
        this.outcomeAt = at;
        this.status = resolved ? ComplaintStatus.CLOSED : ComplaintStatus.WITH_CEO;
    }

    void arbitrate(String arbitration, Instant at) {
        this.arbitration = truncate(arbitration);
        this.arbitratedAt = at;
        this.status = ComplaintStatus.CLOSED;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    /** What Cockpit and Tasklist call a complaint: "COMPLAINT-12", the business key of its process. */
    public static String numberOf(long id) {
        return "COMPLAINT-" + id;
    }

    public Long getId() {
        return id;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getAcknowledgeDue() {
        return acknowledgeDue;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public int getUpdatesSent() {
        return updatesSent;
    }

    public String getOutcome() {
        return outcome;
    }

    public Boolean getResolved() {
        return resolved;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public String getArbitration() {
        return arbitration;
    }

    public Instant getArbitratedAt() {
        return arbitratedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
