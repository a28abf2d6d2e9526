package io.casedesk.escalation;

import java.time.Duration;

import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationProperties.WatchRules;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * Policy A's watch rules (a P1 not closed within 4 hours of the response, an outage without a
 * response in time), on when the policy set is policy A unless configured otherwise. The ladder
 * itself is not here: it is {@code processes/escalation-levels.dmn}.
 */
@Component
public class EscalationPolicy {

    static final String POLICY_A = "policy-a";

    static final WatchRules POLICY_A_RULES = new WatchRules(true, "P1", Duration.ofHours(4), "Outage",
            Duration.ofMinutes(30), Duration.ofHours(12));

    private final String name;
    private final WatchRules rules;
    private final SlaClocks clocks;

    public EscalationPolicy(EscalationProperties properties, SlaClocks clocks) {
        this.name = properties.policySet();
        this.clocks = clocks;
        WatchRules preset = POLICY_A.equals(name) ? POLICY_A_RULES
                : new WatchRules(false, POLICY_A_RULES.p1Priority(), POLICY_A_RULES.p1OpenAfterResponse(),
                        POLICY_A_RULES.outageCategory(), POLICY_A_RULES.outageResponseCoreHours(),
                        POLICY_A_RULES.outageResponseOutsideHours());
        this.rules = merge(preset, properties.rules());
    }

    private static WatchRules merge(WatchRules preset, WatchRules given) {
        if (given == null) {
            return preset;
        }
        return new WatchRules(given.enabled() == null ? preset.enabled() : given.enabled(),
                given.p1Priority() == null ? preset.p1Priority() : given.p1Priority(),
                given.p1OpenAfterResponse() == null ? preset.p1OpenAfterResponse() : given.p1OpenAfterResponse(),
                given.outageCategory() == null ? preset.outageCategory() : given.outageCategory(),
                given.outageResponseCoreHours() == null ? preset.outageResponseCoreHours() : given.outageResponseCoreHours(),
                given.outageResponseOutsideHours() == null ? preset.outageResponseOutsideHours()
                        : given.outageResponseOutsideHours());
    }

    public String name() {
        return name;
    }

    /** Core hours for the outage rule: the active policy set's main calendar, as last edited. */
    public BusinessCalendar calendar() {
        return clocks.mainCalendar();
    }

    public WatchRules rules() {
        return rules;
    }
}
