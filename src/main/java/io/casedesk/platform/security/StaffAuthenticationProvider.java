package io.casedesk.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import io.casedesk.platform.identity.StaffGroups;

/**
 * Authenticates staff against the Camunda identity service, so one account works in Tasklist,
 * Cockpit, the engine REST API and Casedesk's own API. Group memberships become authorities
 * ({@code GROUP_support-managers}) plus {@code ROLE_STAFF}. Asked first: Camunda throttles staff
 * log-ins itself, and a staff log-in then never pays for the customer provider's password hash.
 */
@Component
@Order(1)
class StaffAuthenticationProvider implements AuthenticationProvider {

    static final String STAFF_ROLE = "ROLE_STAFF";

    private final IdentityService identity;

    StaffAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !identity.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(STAFF_ROLE));
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority(StaffGroups.authority(group.getId())));
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
