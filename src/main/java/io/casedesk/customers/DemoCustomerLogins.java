package io.casedesk.customers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the dev profile, the demo customers' log-ins (password "customer", listed in the README)
 * are disabled, in case the database was first started with the dev profile. Their cases and
 * organisations stay: they are data. Runs once all beans exist, before the web server opens.
 */
@Component
@Profile("!dev")
class DemoCustomerLogins implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomerLogins.class);

    private final Contacts contacts;
    private final TransactionTemplate transaction;

    DemoCustomerLogins(Contacts contacts, TransactionTemplate transaction) {
        this.contacts = contacts;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> DemoCustomers.DEMO_EMAILS.forEach(email -> contacts
                .findByEmailIgnoreCase(email)
                .filter(contact -> contact.getPasswordHash() != null)
                .ifPresent(contact -> {
                    contact.setPasswordHash(null);
                    log.warn("Disabled the log-in of the demo customer {} left by an earlier start with the dev profile",
                            email);
                })));
    }
}
