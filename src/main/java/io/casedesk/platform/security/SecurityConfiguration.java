package io.casedesk.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.casedesk.platform.identity.StaffGroups;

/**
 * Five kinds of traffic, five chains:
 * <ol>
 * <li>Camunda's web apps authenticate and protect themselves (their own login and CSRF filter).</li>
 * <li>The engine REST API: HTTP Basic for staff, then {@link EngineRestAuthentication} runs the call as that user.</li>
 * <li>Casedesk's API: HTTP Basic, stateless, errors as problem details, no Basic challenge and no
 * state-changing request from another site's page ({@link CrossSiteRequestFilter}).</li>
 * <li>Staff pages ({@code /staff/**}): the log-in of Camunda's web apps in the session ({@link
 * StaffPageSecurityContextRepository}), else the browser goes to {@code /login} and comes back; only
 * staff groups, CSRF tokens, a strict Content-Security-Policy.</li>
 * <li>Everything else: public health and API docs, the rest needs a login. A staff log-in at
 * {@code /login} also logs in to the web apps ({@link WebappLoginSuccessHandler}).</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(List<AuthenticationProvider> providers) {
        return new ProviderManager(providers);
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http) throws Exception {
        return http
                // Path patterns on the whole path: these URLs are served by Camunda's own servlets, not Spring MVC.
                .securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        return http
                .securityMatcher(path("/engine-rest/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(StaffAuthenticationProvider.STAFF_ROLE))
                .httpBasic(withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        return http
                .securityMatcher(path("/api/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/customer/**").hasAuthority("ROLE_CUSTOMER")
                        .requestMatchers("/api/reports/**").hasAnyAuthority(managementAuthorities())
                        .requestMatchers("/api/**").hasAuthority(StaffAuthenticationProvider.STAFF_ROLE)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session, so no CSRF token: a browser gets no Basic challenge to remember credentials from,
                // and a request another site's page makes it send is refused before any log-in is tried.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .build();
    }

    /** No inline script or style, nothing from elsewhere, never framed, forms post only here. */
    static final String STAFF_PAGES_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(4)
    SecurityFilterChain staffPagesChain(HttpSecurity http, WebappSessions webapp, IdentityService identity)
            throws Exception {
        return http
                .securityMatcher(path("/staff/**"))
                .securityContext(context -> context
                        .securityContextRepository(new StaffPageSecurityContextRepository(webapp, identity)))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyAuthority(staffGroupAuthorities()))
                // Not logged in: to /login, which comes back here afterwards (the request cache keeps the page).
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_PAGES_CSP))
                        // The attach form carries its CSRF token in its address: it never leaves in a Referer.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain defaultChain(HttpSecurity http, AuthenticationManager authenticationManager,
            WebappSessions webapp) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(StaffGroups.authority(StaffGroups.ADMINS))
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .formLogin(form -> form.successHandler(new WebappLoginSuccessHandler(webapp)))
                // A log-in gets a new session id: a session id planted before it is worth nothing after it.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .build();
    }

    private static String[] staffGroupAuthorities() {
        return StaffGroups.ALL.stream().map(StaffGroups::authority).toArray(String[]::new);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static String[] managementAuthorities() {
        return Stream.concat(StaffGroups.MANAGEMENT.stream(), Stream.of(StaffGroups.ADMINS))
                .map(StaffGroups::authority)
                .toArray(String[]::new);
    }
}
