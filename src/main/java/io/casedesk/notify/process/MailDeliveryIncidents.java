package io.casedesk.notify.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.casedesk.notify.OutboxMessageGaveUp;

/**
 * A mail the outbox gave up on becomes a {@code mail-delivery} instance, in the transaction that
 * marks it failed: Cockpit shows it (business key {@code case-<id>-mail-<outbox id>}) and, once its step has failed
 * too, an incident. One instance per mail: a mail that fails again while its instance runs adds none.
 */
@Component
class MailDeliveryIncidents {

    private final RuntimeService runtime;

    MailDeliveryIncidents(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void gaveUp(OutboxMessageGaveUp event) {
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(MailDelivery.KEY)
                .variableValueEquals(MailDelivery.Vars.OUTBOX_MESSAGE_ID, event.messageId()).count();
        if (running == 0) {
            runtime.startProcessInstanceByKey(MailDelivery.KEY, MailDelivery.businessKey(event.caseId(), event.messageId()),
                    Map.of(MailDelivery.Vars.OUTBOX_MESSAGE_ID, event.messageId()));
        }
    }
}
