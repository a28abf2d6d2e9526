package io.casedesk.notify.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.casedesk.notify.OutboxAdministration;
import io.casedesk.notify.OutboxMessage;
import io.casedesk.notify.OutboxSender;
import io.casedesk.notify.OutboxStatus;

/**
 * "Send the mail again": a failed mail gets a fresh set of attempts and one of them now, in this
 * job's transaction. Accepted: the process ends. Refused again: the job fails (its transaction,
 * and with it the attempt, rolls back, so the mail stays failed) and, after its retry, stops with
 * an incident whose message names the mail and the server's answer.
 */
@Component("deliverFailedMail")
class DeliverFailedMailDelegate implements JavaDelegate {

    private final OutboxAdministration outbox;
    private final OutboxSender sender;

    DeliverFailedMailDelegate(OutboxAdministration outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(MailDelivery.Vars.OUTBOX_MESSAGE_ID)).longValue();
        OutboxMessage message = outbox.get(id);
        if (message.getStatus() == OutboxStatus.SENT) {
            return;
        }
        if (message.getStatus() == OutboxStatus.FAILED) {
            outbox.retry(id);
        }
        if (!sender.sendNow(id)) {
            OutboxMessage failed = outbox.get(id);
            throw new IllegalStateException("Mail %d (%s%s to %s) was not accepted by the mail server: %s. Fix the mail server, then Retry."
                    .formatted(id, failed.getKind(), failed.getCaseNumber() == null ? "" : " of " + failed.getCaseNumber(),
                            failed.getRecipients(), failed.getLastError()));
        }
    }
}
