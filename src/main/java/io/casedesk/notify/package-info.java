/**
 * Outbound mail through a transactional outbox (issue 12). Every notice Casedesk computes — the
 * acknowledgement of a new case, staff replies, requests for information, resolutions, reminders,
 * the closing notice, P1 progress bulletins, escalation, SLA-warning and complaint notices — is
 * written as a row of {@code cd_outbox_message} in the transaction of the change that causes it
 * ({@link io.casedesk.notify.NoticeListeners}), and delivered afterwards by a retrying sender
 * ({@link io.casedesk.notify.OutboxSender}) that claims each row atomically, so two nodes never send
 * the same row at once. Public API: {@link io.casedesk.notify.Outbox} (queue a mail) and
 * {@link io.casedesk.notify.MessageIds} (the Message-ID format that intake threads replies by).
 */
@ApplicationModule(allowedDependencies = { "cases", "customers", "escalation", "intake", "sla", "platform",
        "platform :: web", "platform :: staff-groups" })
package io.casedesk.notify;

import org.springframework.modulith.ApplicationModule;
