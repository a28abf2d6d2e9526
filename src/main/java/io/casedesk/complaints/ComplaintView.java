package io.casedesk.complaints;

import java.time.Instant;
import java.util.List;

/** A complaint as its filer (only messages to them) or staff (every notice) see it. */
public record ComplaintView(long id, String kind, String subject, String description, String status, String statusText,
        Long caseId, Instant filedAt, Instant acknowledgeDue, Instant acknowledgedAt, int updatesSent, String outcome,
        Boolean resolved, Instant outcomeAt, String arbitration, Instant arbitratedAt, List<Message> messages) {

    public record Message(Instant at, String recipient, String subject, String body) {
    }
}
