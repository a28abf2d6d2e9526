package io.casedesk.cases;

/**
 * Published in the transaction that changed a case's category (at triage) when its priority stayed,
 * so that targets that depend on the category (policy B's critical bugs) are evaluated again.
 */
public record CaseCategoryChanged(long caseId, String processInstanceId, String to) {
}
