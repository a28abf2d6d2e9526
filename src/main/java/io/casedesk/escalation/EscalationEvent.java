package io.casedesk.escalation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a case's escalation history. Written once, never changed. */
@Entity
@Table(name = "cd_escalation_event")
class EscalationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private Long escalationId;
    @Enumerated(EnumType.STRING)
    private EscalationEventKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private EscalationTrigger trigger;
    @Column(name = "level_number")
    private Integer level;
    private String levelTitle;
    private String actor;
    private String reason;
    private String detail;
    private Instant occurredAt;

    protected EscalationEvent() {
    }

    EscalationEvent(long caseId, Long escalationId, EscalationEventKind kind, EscalationTrigger trigger, Integer level,
            String levelTitle, String actor, String reason, String detail, Instant occurredAt) {
        this.caseId = caseId;
        this.escalationId = escalationId;
        this.kind = kind;
        this.trigger = trigger;
        this.level = level;
        this.levelTitle = levelTitle;
        this.actor = actor;
        this.reason = reason;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
        this.occurredAt = occurredAt;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    Long getEscalationId() {
        return escalationId;
    }

    EscalationEventKind getKind() {
        return kind;
    }

    EscalationTrigger getTrigger() {
        return trigger;
    }

    Integer getLevel() {
        return level;
    }

    String getLevelTitle() {
        return levelTitle;
    }

    String getActor() {
        return actor;
    }

    String getReason() {
        return reason;
    }

    String getDetail() {
        return detail;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
