package io.casedesk.cases;

/**
 * The lifecycle reminded a silent customer: {@code status} says of what (Pending: we wait for their
 * answer; Resolved: we wait for their confirmation). {@code last} is the final reminder: the case
 * closes for no response when one more reminder interval passes without an answer.
 */
public record CaseReminderSent(long caseId, String number, CaseStatus status, int reminder, boolean last) {
}
