package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;

import io.casedesk.sla.SlaClocks;

/** Policy A's watch rules are on under policy A only, and one switch (the SLA policy set) runs a whole policy. */
class EscalationPolicyTest {

    static EscalationPolicy policy(String set) {
        return new EscalationPolicy(new EscalationProperties(set, null), mock(SlaClocks.class));
    }

    @Test
    void onlyPolicyAWatchesP1sAndOutages() {
        assertThat(policy("policy-a").rules().enabled()).isTrue();
        assertThat(policy("policy-c").rules().enabled()).isFalse();
        assertThat(policy(null).rules().enabled()).isFalse();
    }

    @Test
    void theWatchRulesCanBeTurnedOnElsewhere() {
        var properties = new EscalationProperties("policy-c",
                new EscalationProperties.WatchRules(true, null, null, null, null, null));
        assertThat(new EscalationPolicy(properties, mock(SlaClocks.class)).rules())
                .isEqualTo(new EscalationProperties.WatchRules(true, "P1", EscalationPolicy.POLICY_A_RULES.p1OpenAfterResponse(),
                        "Outage", EscalationPolicy.POLICY_A_RULES.outageResponseCoreHours(),
                        EscalationPolicy.POLICY_A_RULES.outageResponseOutsideHours()));
    }

    /** One switch runs a whole policy: application.yml lets the escalation settings follow the SLA policy set. */
    @Test
    void theEscalationSettingsFollowTheSlaPolicySetUnlessSetOnTheirOwn() throws Exception {
        var environment = new org.springframework.core.env.StandardEnvironment();
        new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application.yml", new org.springframework.core.io.ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("operator",
                java.util.Map.of("casedesk.sla.policy-set", "policy-b")));

        assertThat(environment.getProperty("casedesk.escalation.policy-set")).isEqualTo("policy-b");
    }
}
