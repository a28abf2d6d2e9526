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
import jakarta.persistence.Version;

/**
 * One ladder of one case: its current level and whether it still runs. While it runs,
 * {@code openCaseId} holds the case id, and the unique index on it keeps a second ladder out.
 */
@Entity
@Table(name = "cd_escalation")
class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long openCaseId;
    private String caseNumber;
    private String customerEmail;
    private String policySet;
    @Enumerated(EnumType.STRING)
    private EscalationStatus status;
    private String startedBy;
    @Enumerated(EnumType.STRING)
    private EscalationTrigger startedTrigger;
    private Instant startedAt;
    @Column(name = "level_number")
    private int level;
    private String levelTitle;
    private String levelGroup;
    private String levelAssignee;
    private Instant levelSince;
    private Instant levelResponseDue;
    private Instant endedAt;
    private String processInstanceId;
    @Version
    private long version;

    protected Escalation() {
    }

    Escalation(long caseId, String caseNumber, String customerEmail, String policySet, String startedBy,
            EscalationTrigger trigger, Instant startedAt, int entryLevel) {
        this.caseId = caseId;
        this.openCaseId = caseId;
        this.caseNumber = caseNumber;
        this.customerEmail = customerEmail;
        this.policySet = policySet;
        this.status = EscalationStatus.ACTIVE;
        this.startedBy = startedBy;
        this.startedTrigger = trigger;
        this.startedAt = startedAt;
        this.level = entryLevel;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void enterLevel(int level, String title, String group, String assignee, Instant since, Instant responseDue) {
        this.level = level;
        this.levelTitle = title;
        this.levelGroup = group;
        this.levelAssignee = assignee;
        this.levelSince = since;
        this.levelResponseDue = responseDue;
    }

    void end(EscalationStatus outcome, Instant at) {
        if (status != EscalationStatus.ACTIVE) {
            return;
        }
        this.status = outcome;
        this.endedAt = at;
        this.openCaseId = null;
        this.levelResponseDue = null;
    }

    boolean isActive() {
        return status == EscalationStatus.ACTIVE;
    }

    Long getId() {
        return id;
    }

    long getCaseId() {
        return caseId;
    }

    String getCaseNumber() {
        return caseNumber;
    }

    String getCustomerEmail() {
        return customerEmail;
    }

    String getPolicySet() {
        return policySet;
    }

    EscalationStatus getStatus() {
        return status;
    }

    String getStartedBy() {
        return startedBy;
    }

    EscalationTrigger getStartedTrigger() {
        return startedTrigger;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    int getLevel() {
        return level;
    }

    String getLevelTitle() {
        return levelTitle;
    }

    String getLevelGroup() {
        return levelGroup;
    }

    String getLevelAssignee() {
        return levelAssignee;
    }

    Instant getLevelSince() {
        return levelSince;
    }

    Instant getLevelResponseDue() {
        return levelResponseDue;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }
}
