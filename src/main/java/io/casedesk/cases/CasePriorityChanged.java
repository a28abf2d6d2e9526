package io.casedesk.cases;

/**
 * Published in the transaction that changed a case's priority (at triage, by staff, or by an
 * escalation's internal raise), so that the SLA targets can be evaluated again.
 */
public record CasePriorityChanged(long caseId, String processInstanceId, String from, String to) {
}
