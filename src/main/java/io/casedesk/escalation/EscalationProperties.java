package io.casedesk.escalation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Escalation settings. The ladder — who handles each level, response times, calendars, where a
 * trigger enters — is not configured here but in {@code processes/escalation-levels.dmn}.
 *
 * @param policySet the policy set whose watch rules apply (policy-a turns them on); follows
 *                  {@code casedesk.sla.policy-set}
 * @param rules     policy A's watch rules, each value replacing the preset's
 */
@ConfigurationProperties("casedesk.escalation")
public record EscalationProperties(String policySet, WatchRules rules) {

    /**
     * Policy A's rules, checked every minute on open cases.
     *
     * @param enabled                   whether the watch runs
     * @param p1Priority                the priority the first rule watches
     * @param p1OpenAfterResponse       a P1 not closed or downgraded this long after the response escalates
     * @param outageCategory            the category that marks an outage
     * @param outageResponseCoreHours   an outage received in core hours escalates without a response this long
     * @param outageResponseOutsideHours an outage received outside core hours escalates without a response this long
     */
    public record WatchRules(Boolean enabled, String p1Priority, Duration p1OpenAfterResponse, String outageCategory,
            Duration outageResponseCoreHours, Duration outageResponseOutsideHours) {
    }
}
