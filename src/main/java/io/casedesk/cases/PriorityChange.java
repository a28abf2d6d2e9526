package io.casedesk.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A priority raised or lowered, with the reason given. */
@Entity
@Table(name = "cd_case_priority_change")
public class PriorityChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    private String fromPriority;
    private String toPriority;
    private String changedBy;
    private Instant changedAt;
    private String reason;

    protected PriorityChange() {
    }

    PriorityChange(Long caseId, String fromPriority, String toPriority, Actor by, Instant at, String reason) {
        this.caseId = caseId;
        this.fromPriority = fromPriority;
        this.toPriority = toPriority;
        this.changedBy = by.reference();
        this.changedAt = at;
        this.reason = reason;
    }

    public String getFromPriority() {
        return fromPriority;
    }

    public String getToPriority() {
        return toPriority;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
