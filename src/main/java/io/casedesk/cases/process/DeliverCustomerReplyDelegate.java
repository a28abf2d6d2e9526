package io.casedesk.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Messages;
import io.casedesk.cases.process.CustomerReplyDelivery.Vars;

/**
 * "Move the case on with the reply", run by the job executor. Throwing here is deliberate: the job
 * fails, the engine retries it on the model's schedule and finally raises an incident whose message
 * (this exception's) tells the administrator in Cockpit which case and which reply are waiting.
 */
@Component("deliverCustomerReply")
class DeliverCustomerReplyDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverCustomerReplyDelegate.class);

    private final LifecycleSteps steps;
    private final CaseProcess process;

    DeliverCustomerReplyDelegate(LifecycleSteps steps, CaseProcess process) {
        this.steps = steps;
        this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(Vars.CASE_ID)).longValue();
        long messageId = ((Number) execution.getVariable(Vars.MESSAGE_ID)).longValue();
        // Trust only what this process was started with: the business key names the same case and reply.
        if (!CaseProcess.deliveryKey(caseId, messageId).equals(execution.getProcessBusinessKey())) {
            throw new IllegalStateException("Business key %s does not match case #%d, reply %d."
                    .formatted(execution.getProcessBusinessKey(), caseId, messageId));
        }
        var reply = steps.replyAwaitingDelivery(caseId, messageId);
        if (reply.isEmpty()) {
            // Staff resumed or closed the case meanwhile: the reply is in the conversation, nothing is left to move.
            log.info("Case #{} is no longer Pending; reply {} needs no delivery", caseId, messageId);
            return;
        }
        var supportCase = steps.get(caseId);
        process.whyNotWaitingFor(supportCase, Messages.CUSTOMER_REPLIED).ifPresent(reason -> {
            throw new IllegalStateException("The customer's reply %d to case %s is stored, but the case cannot move back to In Progress: %s"
                    .formatted(messageId, supportCase.getNumber(), reason));
        });
        process.correlate(supportCase, Messages.CUSTOMER_REPLIED, reply.get(),
                java.util.Map.of(CaseLifecycle.Vars.REASON, "Customer replied"), "take the customer's reply");
    }
}
