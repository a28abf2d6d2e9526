package io.casedesk.sla;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switching {@code casedesk.sla.policy-set} also switches the priority scheme cases accept
 * ({@code casedesk.cases.priorities}), unless that is configured explicitly. Runs before the
 * context starts, so the {@code cases} package needs to know nothing about policy sets.
 */
public class SlaPolicyDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("casedesk.cases.priorities")
                || environment.containsProperty("casedesk.cases.priorities[0]")) {
            return;
        }
        String id = environment.getProperty("casedesk.sla.policy-set", "policy-c").strip();
        PolicySet set = PolicySets.shipped().get(id);
        if (set != null) {
            environment.getPropertySources().addLast(new MapPropertySource("casedesk-sla-policy-set",
                    Map.of("casedesk.cases.priorities", String.join(",", set.priorities()))));
        }
    }
}
