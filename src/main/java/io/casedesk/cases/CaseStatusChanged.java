package io.casedesk.cases;

/**
 * Published in the transaction of every status move the lifecycle makes (never for the first
 * status, Open: that is {@link CaseOpened}). {@code reason} is what the person who moved it wrote,
 * e.g. the question to the customer when the case waits for them; it may be null.
 */
public record CaseStatusChanged(long caseId, String number, CaseStatus from, CaseStatus to, String reason) {
}
