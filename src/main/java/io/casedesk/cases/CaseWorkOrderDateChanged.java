package io.casedesk.cases;

import java.time.LocalDate;

/**
 * Published in the transaction that set or moved a case's Work Order date, so that a target counted
 * to that date (policy A's P5 resolution) is aimed at it.
 */
public record CaseWorkOrderDateChanged(long caseId, String processInstanceId, LocalDate date) {
}
