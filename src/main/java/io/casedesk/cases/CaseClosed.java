package io.casedesk.cases;

/**
 * Published in the transaction that closed a case, whichever way it closed (staff, customer, no response).
 *
 * @param reason a closing reason of the policy set ({@link ClosingReasons} for the ones the process sets)
 */
public record CaseClosed(long caseId, String reason) {
}
