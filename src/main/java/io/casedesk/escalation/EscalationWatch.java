package io.casedesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Ends, every minute, the ladders of cases closed while escalated. Policy A's watch rules are not
 * here: they are timer paths of {@code case-lifecycle.bpmn} with their table in
 * {@code processes/escalation-rules.dmn}, run by the job executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationWatch {

    private static final Logger log = LoggerFactory.getLogger(EscalationWatch.class);

    private final EscalationService escalation;

    EscalationWatch(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Scheduled(fixedDelayString = "${casedesk.escalation.watch-interval:PT1M}", initialDelayString = "PT1M")
    void scheduled() {
        endLaddersOfClosedCases();
    }

    /**
     * A case closed while escalated ends its ladder, so no level is chased about a closed case.
     * {@link CaseClosedListener} does this at once; the sweep catches what it could not.
     */
    int endLaddersOfClosedCases() {
        int ended = 0;
        for (Long caseId : escalation.escalatedCaseIds()) {
            try {
                ended += escalation.caseClosed(caseId) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Ending the escalation of closed case {} failed; the next sweep tries again", caseId, e);
            }
        }
        return ended;
    }
}
