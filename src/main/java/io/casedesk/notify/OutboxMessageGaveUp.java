package io.casedesk.notify;

/**
 * The sender gave a mail up after its last attempt (published in the transaction that marks it
 * failed): {@code processes/mail-delivery.bpmn} starts for it and ends as an incident in Cockpit.
 */
public record OutboxMessageGaveUp(long messageId, Long caseId) {
}
