package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.casedesk.cases.CaseStatus;
import io.casedesk.escalation.EscalationRules.Facts;

/** Policy A's rules on its core hours (Monday–Friday 09:00–19:00 New York; Tuesday 17 November 2026 is EST). */
class EscalationRulesTest {

    static final EscalationProperties.WatchRules POLICY_A_RULES = EscalationPolicy.POLICY_A_RULES;
    static final io.casedesk.sla.calendar.BusinessCalendar CORE_HOURS = io.casedesk.sla.calendar.ExampleCalendars.policyA();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,                                          priority, category, status,      received,             responded,            now,                  fires
            outage in core hours after 29 minutes,                 P2, Outage,   OPEN,        2026-11-17T15:00:00Z, -,                    2026-11-17T15:29:00Z, -
            outage in core hours after 30 minutes,                 P2, Outage,   OPEN,        2026-11-17T15:00:00Z, -,                    2026-11-17T15:30:00Z, OUTAGE_NOT_RESPONDED
            outage out of hours (Monday 21:00) after 11h59,        P1, outage,   OPEN,        2026-11-17T02:00:00Z, -,                    2026-11-17T13:59:00Z, -
            outage out of hours (Monday 21:00) after 12h,     P1, outage,   OPEN,        2026-11-17T02:00:00Z, -,                    2026-11-17T14:00:00Z, OUTAGE_NOT_RESPONDED
            outage answered in time,                          P2, Outage,   IN_PROGRESS, 2026-11-17T15:00:00Z, 2026-11-17T15:20:00Z, 2026-11-17T18:00:00Z, -
            P1 3h59 after the response,                       P1, Defect,   IN_PROGRESS, 2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T18:59:00Z, -
            P1 4 hours after the response,                    P1, Defect,   IN_PROGRESS, 2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T19:00:00Z, P1_NOT_CLOSED
            P1 pending 4 hours after the response,            P1, Defect,   PENDING,     2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T19:00:00Z, P1_NOT_CLOSED
            P1 downgraded to P2,                              P2, Defect,   IN_PROGRESS, 2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T23:00:00Z, -
            P1 resolved,                                      P1, Defect,   RESOLVED,    2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T23:00:00Z, -
            P1 closed,                                        P1, Defect,   CLOSED,      2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-17T23:00:00Z, -
            """)
    void policyA(String name, String priority, String category, CaseStatus status, Instant received, Instant responded,
            Instant now, EscalationTrigger fires) {
        var facts = new Facts(1L, priority, category, status, received, responded);

        var hit = EscalationRules.evaluate(facts, now, POLICY_A_RULES, CORE_HOURS);

        assertThat(hit.map(EscalationRules.Hit::rule).orElse(null)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "default policy set: {0} does not fire")
    @CsvSource({
            "overdue outage, P2, Outage, OPEN, 2026-11-17T15:00:00Z, , 2026-11-18T15:00:00Z",
            "old P1, P1, Defect, IN_PROGRESS, 2026-11-17T14:50:00Z, 2026-11-17T15:00:00Z, 2026-11-18T15:00:00Z" })
    void rulesAreOffOutsidePolicyA(String name, String priority, String category, CaseStatus status, Instant received,
            Instant responded, Instant now) {
        var facts = new Facts(1L, priority, category, status, received, responded);

        assertThat(EscalationRules.evaluate(facts, now, new EscalationProperties.WatchRules(false, "P1", POLICY_A_RULES.p1OpenAfterResponse(), "Outage", POLICY_A_RULES.outageResponseCoreHours(), POLICY_A_RULES.outageResponseOutsideHours()), CORE_HOURS)).isEmpty();
    }
}
