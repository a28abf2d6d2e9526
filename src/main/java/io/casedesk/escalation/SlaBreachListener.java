package io.casedesk.escalation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.sla.SlaBreached;

/**
 * Starts or raises the ladder once the breach is committed, in a transaction of its own: a failing
 * escalation must not roll back the SLA clock that recorded the breach.
 */
@Component
class SlaBreachListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlaBreachListener.class);

    private final EscalationService escalation;

    SlaBreachListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SlaBreached breach) {
        try {
            escalation.slaBreached(breach.caseId(), breach.target(), breach.dueAt());
        } catch (RuntimeException e) {
            // After the breach's commit an exception would reach the SLA timer's job executor, which can do nothing with it.
            log.error("SLA breach of {} on case {} could not escalate", breach.target(), breach.caseId(), e);
        }
    }
}
