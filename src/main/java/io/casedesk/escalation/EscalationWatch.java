package io.casedesk.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseSearch;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CaseStatus;

/**
 * Checks policy A's rules on the open cases every minute, when the policy set enables them. Each
 * rule fires once per case; on several nodes the one-running-ladder index keeps a case from being
 * escalated twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EscalationWatch {

    private static final Logger log = LoggerFactory.getLogger(EscalationWatch.class);
    private static final List<CaseStatus> WATCHED = List.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS,
            CaseStatus.PENDING, CaseStatus.ON_HOLD);

    private final CaseService cases;
    private final EscalationService escalation;
    private final EscalationPolicy policy;
    private final Clock clock;

    EscalationWatch(CaseService cases, EscalationService escalation, EscalationPolicy policy, Clock clock) {
        this.cases = cases;
        this.escalation = escalation;
        this.policy = policy;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${casedesk.escalation.watch-interval:PT1M}", initialDelayString = "PT1M")
    void scheduled() {
        endLaddersOfClosedCases();
        check(clock.instant());
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

    /** Evaluates the rules on every open case; returns how many escalations they started or raised. */
    int check(Instant now) {
        if (!Boolean.TRUE.equals(policy.rules().enabled())) {
            return 0;
        }
        int fired = 0;
        CaseAccess.Staff system = new CaseAccess.Staff("casedesk");
        for (CaseStatus status : WATCHED) {
            Page<Case> page;
            int number = 0;
            do {
                page = cases.search(new CaseSearch(status, null, null, null, null), system,
                        PageRequest.of(number++, 200, Sort.by("id")));
                for (Case supportCase : page) {
                    fired += checkOne(supportCase, now) ? 1 : 0;
                }
            } while (page.hasNext());
        }
        return fired;
    }

    private boolean checkOne(Case c, Instant now) {
        var facts = new EscalationRules.Facts(c.getId(), c.getPriority(), c.getCategory(), c.getStatus(),
                c.getReceivedAt(), c.getFirstResponseAt());
        var hit = EscalationRules.evaluate(facts, now, policy.rules(), policy.calendar());
        if (hit.isEmpty()) {
            return false;
        }
        try {
            return escalation.ruleFired(c.getId(), hit.get().rule(), hit.get().detail());
        } catch (RuntimeException e) {
            log.warn("Escalation rule {} on case {} failed; the next check tries again", hit.get().rule(),
                    c.getNumber(), e);
            return false;
        }
    }
}
