package io.casedesk.escalation;

import java.time.Instant;
import java.util.Optional;

import io.casedesk.cases.CaseStatus;
import io.casedesk.escalation.EscalationProperties.WatchRules;
import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * Policy A's escalation rules, as a pure function of a case's facts and the time: a P1 not closed
 * or downgraded within 4 hours of the response; an outage without a response within 30 minutes
 * when it arrived in core hours, 12 hours when it arrived outside them.
 */
final class EscalationRules {

    record Facts(long caseId, String priority, String category, CaseStatus status, Instant receivedAt,
            Instant firstResponseAt) {
    }

    record Hit(EscalationTrigger rule, String detail) {
    }

    private EscalationRules() {
    }

    static Optional<Hit> evaluate(Facts facts, Instant now, WatchRules rules, BusinessCalendar coreHours) {
        if (!Boolean.TRUE.equals(rules.enabled()) || facts.status() == CaseStatus.CLOSED
                || facts.status() == CaseStatus.RESOLVED) {
            return Optional.empty();
        }
        if (facts.firstResponseAt() == null && rules.outageCategory().equalsIgnoreCase(facts.category())) {
            boolean inCoreHours = coreHours.isWorkingTime(facts.receivedAt());
            var allowed = inCoreHours ? rules.outageResponseCoreHours() : rules.outageResponseOutsideHours();
            if (!now.isBefore(facts.receivedAt().plus(allowed))) {
                return Optional.of(new Hit(EscalationTrigger.OUTAGE_NOT_RESPONDED,
                        "Outage received %s (%s core hours) without a response within %d minutes".formatted(
                                Notices.when(facts.receivedAt()), inCoreHours ? "in" : "outside", allowed.toMinutes())));
            }
        }
        if (facts.firstResponseAt() != null && rules.p1Priority().equals(facts.priority())
                && !now.isBefore(facts.firstResponseAt().plus(rules.p1OpenAfterResponse()))) {
            return Optional.of(new Hit(EscalationTrigger.P1_NOT_CLOSED,
                    "%s not closed or downgraded %d hours after the response of %s".formatted(rules.p1Priority(),
                            rules.p1OpenAfterResponse().toHours(), Notices.when(facts.firstResponseAt()))));
        }
        return Optional.empty();
    }
}
