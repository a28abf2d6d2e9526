package io.casedesk.cases;

/** Published in the transaction that closed a case, whichever way it closed (staff, customer, no response). */
public record CaseClosed(long caseId, ClosingReason reason) {
}
