package io.casedesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.casedesk.escalation.EscalationProperties.Level;
import io.casedesk.platform.identity.StaffGroups;

/** The policy sets' ladders, and what configuration may change in them. */
class EscalationPolicyTest {

    static EscalationPolicy policy(String set) {
        return new EscalationPolicy(new EscalationProperties(set, null, null, null, null, null));
    }

    static List<String> groups(EscalationPolicy policy) {
        return java.util.stream.IntStream.rangeClosed(1, policy.levelCount()).mapToObj(n -> policy.level(n).group()).toList();
    }

    @Test
    void theDefaultLadderRunsFromTheAssignedAnalystToTheCeoAndBreachesEnterAtTheManager() {
        EscalationPolicy policy = policy(null);

        assertThat(groups(policy)).containsExactly(StaffGroups.ANALYSTS, StaffGroups.MANAGERS, StaffGroups.VP, StaffGroups.CEO);
        assertThat(policy.level(1).caseOwner()).isTrue();
        assertThat(policy.internalEntryLevel()).isEqualTo(2);
        assertThat(policy.rules().enabled()).isFalse();
    }

    @Test
    void policyAAddsItsWatchRules() {
        assertThat(policy(EscalationPolicy.POLICY_A).rules().enabled()).isTrue();
        assertThat(policy(EscalationPolicy.POLICY_A).calendar().name()).isEqualTo("Policy A core hours");
    }

    @Test
    void policyBHasThreeLevelsThroughTheAccountManager() {
        EscalationPolicy policy = policy(EscalationPolicy.POLICY_B);

        assertThat(groups(policy)).containsExactly(StaffGroups.MANAGERS, StaffGroups.ACCOUNT_MANAGERS, StaffGroups.CEO);
        assertThat(policy.level(2).title()).isEqualTo("account manager");
        assertThat(policy.internalEntryLevel()).isEqualTo(1);
    }

    @Test
    void policiesCAndEUseTheUsualLadderOnTheirOwnCalendars() {
        assertThat(groups(policy(EscalationPolicy.POLICY_C))).isEqualTo(groups(policy(null)));
        assertThat(groups(policy(EscalationPolicy.POLICY_E))).isEqualTo(groups(policy(null)));
        assertThat(policy(EscalationPolicy.POLICY_E).calendar().zone()).isEqualTo(java.time.ZoneOffset.ofHours(-5));
    }

    /** One switch runs a whole policy: application.yml lets the ladder follow the SLA policy set. */
    @Test
    void theLadderFollowsTheSlaPolicySetUnlessSetOnItsOwn() throws Exception {
        var environment = new org.springframework.core.env.StandardEnvironment();
        new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application.yml", new org.springframework.core.io.ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("operator",
                java.util.Map.of("casedesk.sla.policy-set", "policy-b")));

        assertThat(environment.getProperty("casedesk.escalation.policy-set")).isEqualTo("policy-b");
    }

    @Test
    void policyDGoesToTheDirectorOfCustomerSupportFirst() {
        assertThat(policy(EscalationPolicy.POLICY_D).level(1).title()).isEqualTo("director of customer support");
    }

    @Test
    void theAccountManagersGroupAndTheLevelsAreConfigurable() {
        var policy = new EscalationPolicy(new EscalationProperties(EscalationPolicy.POLICY_B, "key-accounts", "24x7",
                null, null, null));
        assertThat(policy.level(2).group()).isEqualTo("key-accounts");

        var custom = new EscalationPolicy(new EscalationProperties(null, null, "24x7", List.of(
                new Level("duty manager", StaffGroups.MANAGERS, false, "30 minutes"),
                new Level("CEO", StaffGroups.CEO, false, "2 hours")), 5, null));
        assertThat(custom.levelCount()).isEqualTo(2);
        assertThat(custom.internalEntryLevel()).as("clamped to the ladder").isEqualTo(2);
        assertThat(custom.responseDue(1, Instant.parse("2026-11-21T23:50:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T00:20:00Z"));
        assertThat(custom.level(9).title()).as("above the top is the top").isEqualTo("CEO");
    }

    @Test
    void anUnknownPolicySetOrCalendarIsRefusedAtStartUp() {
        assertThatThrownBy(() -> policy("policy-z")).hasMessageContaining("policy-z");
        assertThatThrownBy(() -> new EscalationPolicy(new EscalationProperties(null, null, "mars", null, null, null)))
                .hasMessageContaining("mars");
        assertThatThrownBy(() -> new EscalationPolicy(new EscalationProperties(null, null, null,
                List.of(new Level("x", "g", false, "2 days")), null, null))).hasMessageContaining("2 days");
    }
}
