package io.casedesk.customers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Customers log in with their e-mail address and portal password. They get {@code ROLE_CUSTOMER}
 * only: no staff group, so neither the engine REST API nor Camunda's web apps let them in.
 *
 * <p>Guessing is throttled ({@link LoginThrottling}), and every refusal looks the same: an unknown
 * address pays the same password hash check as a known one and gets the same answer, and a locked
 * account (known or not) is refused like a wrong password. Runs after the staff provider, so staff
 * log-ins never pay for a customer's password check.
 */
@Component
@Order(2)
class CustomerAuthenticationProvider implements AuthenticationProvider {

    static final String CUSTOMER_ROLE = "ROLE_CUSTOMER";
    static final String REFUSED = "Unknown user or wrong password";

    private final Contacts contacts;
    private final PasswordEncoder passwords;
    private final LoginThrottling throttling;
    /** Compared against when the address is unknown, so both answers take one hash check. */
    private final String dummyHash;

    CustomerAuthenticationProvider(Contacts contacts, PasswordEncoder passwords, LoginThrottling throttling) {
        this.contacts = contacts;
        this.passwords = passwords;
        this.throttling = throttling;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var attempt = throttling.check(authentication.getName(), address);
        if (attempt.locked()) {
            throw new BadCredentialsException(REFUSED);
        }
        Object credentials = authentication.getCredentials();
        Optional<Contact> contact = contacts.findByEmailIgnoreCase(authentication.getName())
                .filter(Contact::isActive)
                .filter(c -> c.getPasswordHash() != null);
        boolean matches = passwords.matches(credentials == null ? "" : credentials.toString(),
                contact.map(Contact::getPasswordHash).orElse(dummyHash));
        if (!matches || contact.isEmpty()) {
            throttling.failed(attempt);
            throw new BadCredentialsException(REFUSED);
        }
        throttling.succeeded(attempt);
        return UsernamePasswordAuthenticationToken.authenticated(contact.get().getEmail(), null,
                List.of(new SimpleGrantedAuthority(CUSTOMER_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
