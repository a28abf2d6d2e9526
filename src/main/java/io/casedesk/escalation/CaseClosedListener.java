package io.casedesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.cases.CaseClosed;

/**
 * Withdraws the running ladder of a case as soon as its closure commits, in a transaction of its
 * own: a failure here must not undo the closure. The watch's sweep retries what fails.
 */
@Component
class CaseClosedListener {

    private static final Logger log = LoggerFactory.getLogger(CaseClosedListener.class);

    private final EscalationService escalation;

    CaseClosedListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseClosed closed) {
        try {
            escalation.caseClosed(closed.caseId());
        } catch (RuntimeException e) {
            log.warn("Withdrawing the escalation of closed case {} failed; the watch's next sweep retries", closed.caseId(), e);
        }
    }
}
