package io.casedesk.escalation;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Escalation settings. A policy set names a preset ladder ({@link EscalationPolicy#PRESETS});
 * anything given here replaces the preset's value.
 *
 * @param policySet            default (analyst → support manager → VP → CEO), policy-a (the default
 *                             ladder on policy A's calendar, with its watch rules), policy-b
 *                             (support manager → account manager → CEO) or policy-d (director of
 *                             customer support → VP → CEO)
 * @param accountManagersGroup the staff group of account managers (policy B's second level)
 * @param calendar             business calendar for level response times: policy-a, policy-b-florida,
 *                             policy-c, policy-d, policy-e-base or 24x7
 * @param levels               the ladder, lowest level first
 * @param internalEntryLevel   the level an SLA breach or a watch rule starts at (the case owner has
 *                             already missed the target, so the default ladder starts at the manager)
 * @param rules                policy A's watch rules
 */
@ConfigurationProperties("casedesk.escalation")
public record EscalationProperties(String policySet, String accountManagersGroup, String calendar,
        List<Level> levels, Integer internalEntryLevel, WatchRules rules) {

    /**
     * One level of the ladder.
     *
     * @param title        how the customer and staff read it, e.g. "support manager"
     * @param group        the staff group whose members may take the level's task
     * @param caseOwner    the level's task goes to the case owner (the assigned analyst)
     * @param responseTime how long the level has to act before the escalation moves up, e.g. "4 business hours"
     */
    public record Level(String title, String group, boolean caseOwner, String responseTime) {
    }

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
