package io.casedesk.platform.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Checks the administrator password before anything else starts, so a misconfigured production
 * server stops in a second with a clear message instead of after the engine has booted.
 * Runs after the config-data processor so that profiles from application.yml are known.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_PROPERTY = "casedesk.security.admin-password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("dev"))) {
            return;
        }
        AdminPasswordPolicy.problemWith(environment.getProperty(PASSWORD_PROPERTY))
                .ifPresent(problem -> {
                    throw new UnsafeAdminPasswordException(problem);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
