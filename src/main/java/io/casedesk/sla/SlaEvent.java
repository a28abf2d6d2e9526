package io.casedesk.sla;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to a case's SLA clock, with the due time it had then. Never changed once written. */
@Entity
@Table(name = "cd_sla_event")
public class SlaEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    private String target;
    @Enumerated(EnumType.STRING)
    private SlaEventKind kind;
    @Column(name = "occurred_at")
    private Instant at;
    private Instant dueAt;
    private String note;

    protected SlaEvent() {
    }

    SlaEvent(long caseId, String target, SlaEventKind kind, Instant at, Instant dueAt, String note) {
        this.caseId = caseId;
        this.target = target;
        this.kind = kind;
        this.at = at;
        this.dueAt = dueAt;
        this.note = note;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getTarget() {
        return target;
    }

    public SlaEventKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String toString() {
        return at + " " + target + " " + kind + (dueAt == null ? "" : " (due " + dueAt + ")");
    }
}
