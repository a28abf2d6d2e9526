package io.casedesk.cases;

/**
 * A public reply from staff was added to a case's conversation (the first response at triage, or a
 * later reply). Published in the transaction that stored it; internal notes never publish this.
 */
public record CaseReplyPosted(long caseId, String number, long messageId) {
}
