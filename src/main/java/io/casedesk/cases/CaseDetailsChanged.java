package io.casedesk.cases;

/** Published in the transaction that changed a case's product, version or operating system. */
public record CaseDetailsChanged(long caseId, String processInstanceId) {
}
