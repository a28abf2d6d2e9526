package io.casedesk.cases;

/**
 * Published in the transaction that stored a new case, whatever the channel (API, phone call,
 * mail): listeners that must act with it (the acknowledgement in the mail outbox) commit or roll
 * back with the case.
 */
public record CaseOpened(long caseId, String number, Channel channel) {
}
