package io.casedesk.notify;

/** Where an outbox message is: waiting, claimed by a sender, accepted by the mail server, or given up. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
