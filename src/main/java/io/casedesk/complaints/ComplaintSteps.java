package io.casedesk.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.Cases;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.escalation.EscalationNotice;
import io.casedesk.escalation.EscalationNotice.RecipientKind;
import io.casedesk.escalation.EscalationNotices;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * The work behind the service tasks of the complaint process; only its delegates call this. Each
 * step updates the complaint and writes the notices of who must be told. Working days are counted
 * on policy E's base-tier calendar (Monday–Friday, GMT-5).
 */
@Service
@Transactional
public class ComplaintSteps {

    static final SlaDuration ACKNOWLEDGEMENT_TIME = SlaDuration.workingDays(2);
    static final Duration UPDATE_INTERVAL = Duration.ofDays(7);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Complaints complaints;
    private final EscalationNotices notices;
    private final BusinessCalendar calendar = ExampleCalendars.policyEBaseTier();
    private final Clock clock;
    private final CustomerDirectory customers;
    private final Cases cases;

    ComplaintSteps(Complaints complaints, EscalationNotices notices, Clock clock, CustomerDirectory customers,
            Cases cases) {
        this.complaints = complaints;
        this.notices = notices;
        this.clock = clock;
        this.customers = customers;
        this.cases = cases;
    }

    /** What a complaint task's form shows of it. */
    @Transactional(readOnly = true)
    public ComplaintTaskSummary summary(long complaintId) {
        Complaint complaint = load(complaintId);
        String organisation = complaint.getOrganisationId() == null ? ""
                : customers.organisation(complaint.getOrganisationId())
                        .map(o -> o.name() + (o.contractTier() == null ? "" : " (tier: " + o.contractTier() + ")"))
                        .orElse("");
        String caseNumber = complaint.getCaseId() == null ? null
                : cases.findById(complaint.getCaseId()).map(io.casedesk.cases.Case::getNumber).orElse(null);
        return new ComplaintTaskSummary(complaintId, Complaint.numberOf(complaintId), kindWord(complaint),
                nullToEmpty(complaint.getSubject()), nullToEmpty(complaint.getDescription()),
                nullToEmpty(complaint.getContactEmail()), organisation, caseNumber);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Returns when the acknowledgement is due: two working days after filing. */
    public Instant planAcknowledgement(long complaintId) {
        Complaint complaint = load(complaintId);
        Instant due = ACKNOWLEDGEMENT_TIME.dueFrom(calendar, complaint.getFiledAt());
        complaint.acknowledgeBy(due);
        toStaff(complaint, "FILED", StaffGroups.MANAGERS, "New %s %d: %s".formatted(kindWord(complaint), complaintId,
                complaint.getSubject()), "Acknowledge it by %s.".formatted(WHEN.format(due)));
        return due;
    }

    public void acknowledgementOverdue(long complaintId) {
        Complaint complaint = load(complaintId);
        toStaff(complaint, "ACKNOWLEDGEMENT_OVERDUE", StaffGroups.MANAGERS,
                "%s %d is not acknowledged yet".formatted(capitalised(kindWord(complaint)), complaintId),
                "It was due %s; acknowledge it now.".formatted(WHEN.format(complaint.getAcknowledgeDue())));
    }

    /** Returns when the first weekly update is due if the VP's review is still running. */
    public Instant acknowledged(long complaintId, String message) {
        Complaint complaint = load(complaintId);
        Instant now = clock.instant();
        complaint.acknowledge(now);
        toCustomer(complaint, "ACKNOWLEDGED", "We have received your %s".formatted(kindWord(complaint)),
                message == null || message.isBlank() ? "Thank you for telling us. We have received your %s \"%s\"."
                        .formatted(kindWord(complaint), complaint.getSubject()) : message);
        if (complaint.getKind() == ComplaintKind.COMPLAINT) {
            toStaff(complaint, "REVIEW_REQUESTED", StaffGroups.VP, "Review complaint %d".formatted(complaintId),
                    "Complaint %d, \"%s\", needs your internal review.".formatted(complaintId, complaint.getSubject()));
        }
        return now.plus(UPDATE_INTERVAL);
    }

    /** The support manager kept the customer informed; returns when the next update is due. */
    public Instant customerUpdated(long complaintId, String message, Instant previousDue) {
        Complaint complaint = load(complaintId);
        complaint.countUpdate();
        toCustomer(complaint, "REVIEW_UPDATE", "Update on your complaint",
                message == null || message.isBlank() ? "Our review of your complaint is still running." : message);
        return (previousDue == null ? clock.instant() : previousDue).plus(UPDATE_INTERVAL);
    }

    public void outcomeDecided(long complaintId, boolean resolved, String outcome) {
        Complaint complaint = load(complaintId);
        complaint.decide(outcome, resolved, clock.instant());
        toCustomer(complaint, "OUTCOME", "The outcome of your complaint", outcome == null ? "" : outcome);
        if (!resolved) {
            toStaff(complaint, "ARBITRATION_REQUESTED", StaffGroups.CEO,
                    "Arbitrate complaint %d".formatted(complaintId),
                    "The review of complaint %d left matters unresolved; please arbitrate.".formatted(complaintId));
        }
    }

    public void arbitrated(long complaintId, String arbitration) {
        Complaint complaint = load(complaintId);
        complaint.arbitrate(arbitration, clock.instant());
        toCustomer(complaint, "ARBITRATED", "Our CEO's decision on your complaint", arbitration == null ? "" : arbitration);
    }

    private void toCustomer(Complaint complaint, String event, String subject, String body) {
        notices.save(new EscalationNotice(complaint.getCaseId(), complaint.getId(), "COMPLAINT_" + event,
                RecipientKind.CUSTOMER, complaint.getContactEmail(), subject, body, clock.instant()));
    }

    private void toStaff(Complaint complaint, String event, String group, String subject, String body) {
        notices.save(new EscalationNotice(complaint.getCaseId(), complaint.getId(), "COMPLAINT_" + event,
                RecipientKind.GROUP, group, subject, body, clock.instant()));
    }

    private static String kindWord(Complaint complaint) {
        return complaint.getKind() == ComplaintKind.COMPLAINT ? "complaint" : "feedback";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Complaint load(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> new ComplaintNotFoundException(complaintId));
    }
}
