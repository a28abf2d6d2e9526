package io.casedesk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A support case. It owns its status and refuses illegal moves; every move and every priority
 * change is recorded with who, when and why. Status moves are made by the case-lifecycle process
 * only (see {@code cases.process}), never directly by a controller.
 */
@Entity
@Table(name = "cd_case")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String number;
    private String subject;
    private String description;
    private String category;
    private String priority;
    @Enumerated(EnumType.STRING)
    private Environment environment;
    private String product;
    private String productVersion;
    private String operatingSystem;
    /** The date a Work Order promises delivery by (policy A's P5 feature requests); null when none is published. */
    private LocalDate workOrderDate;
    @Embedded
    private BusinessImpact businessImpact;
    private Long organisationId;
    @Embedded
    private Requester requester;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String owner;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private Instant holdUntil;
    private Instant receivedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    /** Values of the policy set's lists in {@code processes/case-choices.dmn} (older rows: the former enum names). */
    private String resolutionCause;
    private String solutionType;
    private String resolutionSummary;
    private String closingReason;
    private int remindersSent;
    private String processInstanceId;
    @Version
    private long version;

    @OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "case_id", insertable = false, updatable = false)
    @OrderBy("changedAt, id")
    private List<StatusChange> statusHistory = new ArrayList<>();

    @OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = false)
    @JoinColumn(name = "case_id", insertable = false, updatable = false)
    @OrderBy("changedAt")
    private List<PriorityChange> priorityHistory = new ArrayList<>();

    protected Case() {
    }

    Case(String number, CaseDraft draft, Long organisationId, Requester requester, Instant receivedAt) {
        this.number = number;
        this.subject = draft.subject();
        this.description = draft.description();
        this.category = draft.category();
        this.priority = draft.priority();
        this.environment = draft.environment();
        this.product = draft.product();
        this.productVersion = draft.productVersion();
        this.operatingSystem = draft.operatingSystem();
        this.businessImpact = draft.businessImpact() == null ? BusinessImpact.NONE : draft.businessImpact();
        this.channel = draft.channel();
        this.organisationId = organisationId;
        this.requester = requester;
        this.receivedAt = receivedAt;
        this.status = CaseStatus.OPEN;
    }

    /** The first history line; called once the case has its id. */
    void recordReceived(Actor by) {
        statusHistory.add(new StatusChange(id, null, CaseStatus.OPEN, by, receivedAt,
                "Received by " + channel.name().toLowerCase()));
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    // --- status moves, each made by one step of the case-lifecycle process ---

    void respond(Actor by, Instant at) {
        move(CaseStatus.IN_PROGRESS, by, at, "First response", "be responded to");
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    void markPending(Actor by, Instant at, String reason) {
        move(CaseStatus.PENDING, by, at, reason, "wait for the customer");
    }

    void putOnHold(Actor by, Instant at, Instant until, String reason) {
        if (until == null || !until.isAfter(at)) {
            throw new CaseException("A case is put on hold until a date in the future.");
        }
        move(CaseStatus.ON_HOLD, by, at, reason, "be put on hold");
        this.holdUntil = until;
    }

    void resume(Actor by, Instant at, String reason) {
        if (status != CaseStatus.PENDING && status != CaseStatus.ON_HOLD) {
            throw new IllegalCaseTransitionException(number, status, "be resumed");
        }
        move(CaseStatus.IN_PROGRESS, by, at, reason, "be resumed");
        this.holdUntil = null;
        this.remindersSent = 0;
    }

    void resolve(Actor by, Instant at, String cause, String solution, String summary) {
        if (cause == null || cause.isBlank() || solution == null || solution.isBlank()) {
            throw new CaseException("Resolving a case needs the cause and the solution type.");
        }
        move(CaseStatus.RESOLVED, by, at, summary, "be resolved");
        this.resolutionCause = cause;
        this.solutionType = solution;
        this.resolutionSummary = summary;
        this.resolvedAt = at;
        this.remindersSent = 0;
    }

    void reopen(Actor by, Instant at, String reason) {
        if (status != CaseStatus.RESOLVED) {
            throw new IllegalCaseTransitionException(number, status, "be reopened");
        }
        move(CaseStatus.IN_PROGRESS, by, at, reason, "be reopened");
        this.resolvedAt = null;
        this.remindersSent = 0;
    }

    /** @param note why, in words: the staff member's note or the closing reason's label */
    void close(Actor by, Instant at, String reason, String note) {
        if (reason == null || reason.isBlank()) {
            throw new CaseException("Closing a case needs a closing reason.");
        }
        if (ClosingReasons.CONFIRMED_BY_CUSTOMER.equals(reason) && status != CaseStatus.RESOLVED) {
            throw new IllegalCaseTransitionException(number, status, "be confirmed as resolved");
        }
        move(CaseStatus.CLOSED, by, at, note == null || note.isBlank() ? reason : note, "be closed");
        this.closingReason = reason;
        this.closedAt = at;
    }

    void countReminder() {
        remindersSent++;
    }

    private void move(CaseStatus target, Actor by, Instant at, String reason, String attempted) {
        if (!status.canMoveTo(target)) {
            throw new IllegalCaseTransitionException(number, status, attempted);
        }
        statusHistory.add(new StatusChange(id, status, target, by, at, reason));
        this.status = target;
    }

    // --- changes that do not move the status ---

    void changePriority(String newPriority, Actor by, Instant at, String reason) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalCaseTransitionException(number, status, "change priority");
        }
        if (reason == null || reason.isBlank()) {
            throw new CaseException("A priority change needs a reason.");
        }
        if (newPriority.equals(priority)) {
            return;
        }
        priorityHistory.add(new PriorityChange(id, priority, newPriority, by, at, reason));
        this.priority = newPriority;
    }

    /** The customer or staff complete or correct what product, version and system the case is about. */
    void updateProductDetails(String newProduct, String newVersion, String newOperatingSystem) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalCaseTransitionException(number, status, "be changed");
        }
        this.product = newProduct == null ? product : newProduct.strip();
        this.productVersion = newVersion == null ? productVersion : newVersion.strip();
        this.operatingSystem = newOperatingSystem == null ? operatingSystem : newOperatingSystem.strip();
    }

    void publishWorkOrderDate(LocalDate date) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalCaseTransitionException(number, status, "be changed");
        }
        this.workOrderDate = date;
    }

    void changeCategory(String newCategory) {
        this.category = newCategory;
    }

    void assignTo(String staffUserId) {
        if (status == CaseStatus.CLOSED) {
            throw new IllegalCaseTransitionException(number, status, "be assigned");
        }
        if (staffUserId != null && staffUserId.length() > MAX_OWNER_LENGTH) {
            throw new InvalidCaseValueException("owner",
                    "A case owner is a staff user id of at most %d characters.".formatted(MAX_OWNER_LENGTH));
        }
        this.owner = staffUserId;
    }

    /** The owner column's width. */
    public static final int MAX_OWNER_LENGTH = 100;

    /** Loads the histories while the transaction is open; views are built after it ends. */
    void loadHistory() {
        org.hibernate.Hibernate.initialize(statusHistory);
        org.hibernate.Hibernate.initialize(priorityHistory);
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getCategory() {
        return category;
    }

    public String getPriority() {
        return priority;
    }

    public Environment getEnvironment() {
        return environment;
    }

    public String getProduct() {
        return product;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public String getOperatingSystem() {
        return operatingSystem;
    }

    public LocalDate getWorkOrderDate() {
        return workOrderDate;
    }

    public BusinessImpact getBusinessImpact() {
        return businessImpact;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Requester getRequester() {
        return requester;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOwner() {
        return owner;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Instant getHoldUntil() {
        return holdUntil;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getResolutionCause() {
        return resolutionCause;
    }

    public String getSolutionType() {
        return solutionType;
    }

    public String getResolutionSummary() {
        return resolutionSummary;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public long getVersion() {
        return version;
    }

    public List<StatusChange> getStatusHistory() {
        return List.copyOf(statusHistory);
    }

    public List<PriorityChange> getPriorityHistory() {
        return List.copyOf(priorityHistory);
    }

    /**
     * Why the support policy (the priority table, never a person) last gave the case another
     * priority than the one it had, e.g. "A non-production case can never be P1 (policy C)"; null
     * when it did not.
     */
    public String getPolicyPriorityReason() {
        String reason = null;
        for (PriorityChange change : priorityHistory) {
            if (Actor.SYSTEM.reference().equals(change.getChangedBy())) {
                reason = change.getReason();
            }
        }
        return reason;
    }
}
