package io.casedesk.customers;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dev profile only: customer organisations and contacts to try Casedesk with (passwords in the
 * README). One organisation's contract has expired, to show the entitlement check.
 */
@Component
@Profile("dev")
@Order(10)
class DemoCustomers implements ApplicationRunner {

    static final String DEMO_PASSWORD = "customer";
    /** Their log-ins are disabled outside the dev profile ({@link DemoCustomerLogins}). */
    static final List<String> DEMO_EMAILS = List.of("dana@acme.example", "lee@acme.example", "sam@globex.example",
            "pat@initech.example", "pia@northwind.example");
    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final Organisations organisations;
    private final Contacts contacts;
    private final PasswordEncoder passwords;

    DemoCustomers(Organisations organisations, Contacts contacts, PasswordEncoder passwords) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0) {
            return;
        }
        LocalDate farFuture = LocalDate.of(2099, 12, 31);
        Organisation acme = organisations.save(new Organisation("Acme Manufacturing", "premium", farFuture, "America/New_York"));
        Organisation globex = organisations.save(new Organisation("Globex Retail", "standard", farFuture, "Europe/London"));
        Organisation initech = organisations.save(new Organisation("Initech", "standard", LocalDate.of(2024, 1, 31), "America/Chicago"));
        Organisation northwind = organisations.save(new Organisation("Northwind Partners", "partner", farFuture, "Europe/Paris"));
        contact(acme, "Dana Designated", "dana@acme.example", "+1 212 555 0101", ContactRole.DESIGNATED);
        contact(acme, "Lee Licensed", "lee@acme.example", "+1 212 555 0102", ContactRole.LICENSED);
        contact(globex, "Sam Designated", "sam@globex.example", "+44 20 7946 0001", ContactRole.DESIGNATED);
        contact(initech, "Pat Expired", "pat@initech.example", "+1 312 555 0103", ContactRole.DESIGNATED);
        Contact partner = contact(northwind, "Pia Partner", "pia@northwind.example", "+33 1 23 45 67 89", ContactRole.PARTNER);
        partner.actFor(acme);
        log.info("Dev profile: demo customers ready (dana@acme.example, lee@acme.example, sam@globex.example, "
                + "pat@initech.example, pia@northwind.example; password '{}')", DEMO_PASSWORD);
    }

    private Contact contact(Organisation organisation, String name, String email, String phone, ContactRole role) {
        Contact contact = new Contact(organisation, name, email, phone, role);
        contact.setPasswordHash(passwords.encode(DEMO_PASSWORD));
        return contacts.save(contact);
    }
}
