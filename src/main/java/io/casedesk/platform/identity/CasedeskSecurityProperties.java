package io.casedesk.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account created on first start outside the dev profile.
 *
 * @param adminUsername the Camunda user id of the administrator
 * @param adminPassword required outside the dev profile and checked by {@link AdminPasswordPolicy}
 */
@ConfigurationProperties("casedesk.security")
public record CasedeskSecurityProperties(String adminUsername, String adminPassword) {

    public CasedeskSecurityProperties {
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername;
    }
}
