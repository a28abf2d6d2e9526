package io.casedesk.escalation;

/**
 * A notice was stored (an escalation step or a complaint's): published by Spring Data when the
 * notice is saved, in the same transaction, so the mail outbox writes its message with it.
 */
public record EscalationNoticeRecorded(EscalationNotice notice) {
}
