package io.casedesk.cases.web;

import java.time.Instant;
import java.util.List;

import io.casedesk.cases.AuthorKind;
import io.casedesk.cases.BusinessImpact;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAttachment;
import io.casedesk.cases.CaseMessage;
import io.casedesk.cases.CaseStatusLabels;
import io.casedesk.cases.PriorityChange;
import io.casedesk.cases.StatusChange;

/**
 * What the API shows of a case. The customer view is a separate type without internal notes,
 * internal attachments or history authors, so nothing internal can leak by adding a field.
 */
final class CaseViews {

    record Summary(String number, String subject, String status, String statusLabel, String priority, String category,
            Long organisationId, String requesterEmail, String owner, Instant receivedAt, long version) {

        static Summary of(Case c) {
            return new Summary(c.getNumber(), c.getSubject(), c.getStatus().name(), CaseStatusLabels.label(c.getStatus()),
                    c.getPriority(), c.getCategory(), c.getOrganisationId(), c.getRequester().email(), c.getOwner(),
                    c.getReceivedAt(), c.getVersion());
        }
    }

    record Message(long id, String visibility, String authorKind, String author, String channel, String body,
            Instant createdAt) {

        static Message of(CaseMessage m) {
            return new Message(m.getId(), m.getVisibility().name(), m.getAuthorKind().name(), m.getAuthorName(),
                    m.getChannel().name(), m.getBody(), m.getCreatedAt());
        }
    }

    record Attachment(long id, String fileName, String contentType, long sizeBytes, boolean internal, Instant uploadedAt) {

        static Attachment of(CaseAttachment a) {
            return new Attachment(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.isInternal(),
                    a.getUploadedAt());
        }
    }

    record StatusHistory(String from, String to, String changedBy, Instant changedAt, String reason) {

        static StatusHistory of(StatusChange s) {
            return new StatusHistory(s.getFromStatus() == null ? null : s.getFromStatus().name(), s.getToStatus().name(),
                    s.getChangedBy(), s.getChangedAt(), s.getReason());
        }
    }

    record PriorityHistory(String from, String to, String changedBy, Instant changedAt, String reason) {

        static PriorityHistory of(PriorityChange p) {
            return new PriorityHistory(p.getFromPriority(), p.getToPriority(), p.getChangedBy(), p.getChangedAt(),
                    p.getReason());
        }
    }

    /** @param priorityNote why the support policy gave the case another priority than the one asked for, if it did */
    record StaffCase(String number, String subject, String description, String status, String statusLabel,
            String priority, String priorityNote, String category, String environment, String product, String productVersion,
            String operatingSystem, java.time.LocalDate workOrderDate, BusinessImpact businessImpact,
            Long organisationId, String requesterName, String requesterEmail, String requesterPhone, String channel, String owner, Instant holdUntil,
            Instant receivedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt, String resolutionCause,
            String solutionType, String resolutionSummary, String closingReason, int remindersSent,
            String processInstanceId, long version, List<Message> conversation, List<Attachment> attachments,
            List<StatusHistory> statusHistory, List<PriorityHistory> priorityHistory) {

        static StaffCase of(Case c, List<CaseMessage> messages, List<CaseAttachment> attachments) {
            return new StaffCase(c.getNumber(), c.getSubject(), c.getDescription(), c.getStatus().name(),
                    CaseStatusLabels.label(c.getStatus()), c.getPriority(), c.getPolicyPriorityReason(), c.getCategory(), c.getEnvironment().name(),
                    c.getProduct(), c.getProductVersion(), c.getOperatingSystem(), c.getWorkOrderDate(),
                    c.getBusinessImpact(), c.getOrganisationId(), c.getRequester().name(), c.getRequester().email(), c.getRequester().phone(),
                    c.getChannel().name(), c.getOwner(), c.getHoldUntil(), c.getReceivedAt(), c.getFirstResponseAt(),
                    c.getResolvedAt(), c.getClosedAt(), c.getResolutionCause(), c.getSolutionType(),
                    c.getResolutionSummary(), c.getClosingReason(), c.getRemindersSent(), c.getProcessInstanceId(),
                    c.getVersion(), messages.stream().map(Message::of).toList(),
                    attachments.stream().map(Attachment::of).toList(),
                    c.getStatusHistory().stream().map(StatusHistory::of).toList(),
                    c.getPriorityHistory().stream().map(PriorityHistory::of).toList());
        }
    }

    /** The case list as a customer sees it: the owner by display name, never by staff user id. */
    record CustomerSummary(String number, String subject, String status, String statusLabel, String priority,
            String category, Long organisationId, String requesterEmail, String owner, Instant receivedAt, long version) {

        static CustomerSummary of(Case c, StaffNames.Lookup staff) {
            return new CustomerSummary(c.getNumber(), c.getSubject(), c.getStatus().name(),
                    CaseStatusLabels.label(c.getStatus()), c.getPriority(), c.getCategory(), c.getOrganisationId(),
                    c.getRequester().email(), staff.displayName(c.getOwner()), c.getReceivedAt(), c.getVersion());
        }
    }

    record CustomerMessage(long id, String author, boolean fromSupport, String body, Instant createdAt) {

        static CustomerMessage of(CaseMessage m, StaffNames.Lookup staff) {
            String author = m.getAuthorKind() == AuthorKind.STAFF ? staff.displayName(m.getAuthorId()) : m.getAuthorName();
            return new CustomerMessage(m.getId(), author, m.getAuthorKind() != AuthorKind.CUSTOMER, m.getBody(),
                    m.getCreatedAt());
        }
    }

    record CustomerStatusChange(String status, String statusLabel, Instant at) {
    }

    /** @param priorityNote why the support policy gave the case another priority than the one asked for, if it did */
    record CustomerCase(String number, String subject, String description, String status, String statusLabel,
            String priority, String priorityNote, String category, String environment, String product, String productVersion,
            java.time.LocalDate workOrderDate, String requesterName, String requesterEmail, Instant receivedAt, Instant firstResponseAt,
            Instant resolvedAt, Instant closedAt, Instant holdUntil, String solutionType, String resolutionSummary,
            String closingReason, long version, List<CustomerMessage> conversation, List<Attachment> attachments,
            List<CustomerStatusChange> statusHistory) {

        static CustomerCase of(Case c, List<CaseMessage> publicMessages, List<CaseAttachment> publicAttachments,
                StaffNames.Lookup staff) {
            return new CustomerCase(c.getNumber(), c.getSubject(), c.getDescription(), c.getStatus().name(),
                    CaseStatusLabels.label(c.getStatus()), c.getPriority(), c.getPolicyPriorityReason(), c.getCategory(), c.getEnvironment().name(),
                    c.getProduct(), c.getProductVersion(), c.getWorkOrderDate(), c.getRequester().name(),
                    c.getRequester().email(),
                    c.getReceivedAt(), c.getFirstResponseAt(), c.getResolvedAt(), c.getClosedAt(), c.getHoldUntil(),
                    c.getSolutionType(), c.getResolutionSummary(), c.getClosingReason(), c.getVersion(),
                    publicMessages.stream().filter(CaseMessage::isPublic).map(m -> CustomerMessage.of(m, staff)).toList(),
                    publicAttachments.stream().filter(a -> !a.isInternal()).map(Attachment::of).toList(),
                    c.getStatusHistory().stream().map(s -> new CustomerStatusChange(s.getToStatus().name(),
                            CaseStatusLabels.label(s.getToStatus()), s.getChangedAt())).toList());
        }
    }

    private CaseViews() {
    }
}
