package io.casedesk.escalation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import io.casedesk.cases.CaseClosed;

/**
 * Withdraws the running ladder of a case as soon as its closure commits, in a transaction of its
 * own: a failure here must not undo the closure. It runs right after the commit, in the closing
 * request's thread, so the answer to the closure already shows the ladder ended. The event goes
 * through Spring Modulith's event publication registry: a failure leaves the publication incomplete
 * and the registry delivers it again ({@code platform.events}), so nothing is caught here.
 * Withdrawing twice is harmless: a closed case has no ladder left to end.
 */
@Component
class CaseClosedListener {

    private final EscalationService escalation;

    CaseClosedListener(EscalationService escalation) {
        this.escalation = escalation;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CaseClosed closed) {
        escalation.caseClosed(closed.caseId());
    }
}
