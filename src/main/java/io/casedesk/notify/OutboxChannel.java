package io.casedesk.notify;

/** How an outbox row is delivered: a mail over SMTP, or a signed HTTP POST to a registered webhook. */
public enum OutboxChannel {
    MAIL, WEBHOOK
}
