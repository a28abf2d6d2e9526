package io.casedesk.customers;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers log in with their e-mail address and portal password. They get {@code ROLE_CUSTOMER}
 * only: no staff group, so neither the engine REST API nor Camunda's web apps let them in.
 */
@Component
class CustomerAuthenticationProvider implements AuthenticationProvider {

    static final String CUSTOMER_ROLE = "ROLE_CUSTOMER";

    private final Contacts contacts;
    private final PasswordEncoder passwords;

    CustomerAuthenticationProvider(Contacts contacts, PasswordEncoder passwords) {
        this.contacts = contacts;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        Contact contact = contacts.findByEmailIgnoreCase(authentication.getName())
                .filter(Contact::isActive)
                .filter(c -> c.getPasswordHash() != null && credentials != null
                        && passwords.matches(credentials.toString(), c.getPasswordHash()))
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
        return UsernamePasswordAuthenticationToken.authenticated(contact.getEmail(), null,
                List.of(new SimpleGrantedAuthority(CUSTOMER_ROLE)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
