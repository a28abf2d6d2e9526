package io.casedesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SlaPolicyDefaultsTest {

    @Test
    void switchingThePolicySetSwitchesThePriorityScheme() {
        var environment = environment(Map.of("casedesk.sla.policy-set", "policy-d"));
        new SlaPolicyDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("casedesk.cases.priorities")).isEqualTo("High,Medium,Low");
    }

    @Test
    void anExplicitPrioritySchemeWins() {
        var environment = environment(Map.of("casedesk.sla.policy-set", "policy-e", "casedesk.cases.priorities", "A,B"));
        new SlaPolicyDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("casedesk.cases.priorities")).isEqualTo("A,B");
    }

    @Test
    void theDefaultPolicySetIsC() {
        var environment = environment(Map.of());
        new SlaPolicyDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("casedesk.cases.priorities")).isEqualTo("P1,P2,P3,P4");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
