package io.casedesk.platform.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.casedesk.platform.identity.StaffGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Engine REST calls run as the authenticated staff user, so the engine applies its authorization
 * checks to them. Spring Security has already checked the HTTP Basic credentials (the way Camunda
 * Modeler deploys) for every {@code /engine-rest} path; Camunda's own filter is not used because
 * it leaves {@code /engine-rest/engine} open.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<EngineUserFilter> engineRestUserFilter(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new EngineUserFilter(identity));
        registration.setName("engine-rest-user");
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    static class EngineUserFilter extends OncePerRequestFilter {

        private final IdentityService identity;

        EngineUserFilter(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user == null || !user.isAuthenticated()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            List<String> groups = user.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith(StaffGroups.AUTHORITY_PREFIX))
                    .map(a -> a.substring(StaffGroups.AUTHORITY_PREFIX.length()))
                    .toList();
            List<String> tenants = identity.createTenantQuery().userMember(user.getName()).includingGroupsOfUser(true)
                    .list().stream().map(Tenant::getId).toList();
            identity.setAuthentication(user.getName(), groups, tenants);
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
