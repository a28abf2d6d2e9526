package io.casedesk.customers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers package's public API: look up contacts and organisations with their entitlement. */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    private final Contacts contacts;
    private final Organisations organisations;
    private final Clock clock;

    CustomerDirectory(Contacts contacts, Organisations organisations, Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    public Optional<CustomerView> contactByEmail(String email) {
        return contacts.findByEmailIgnoreCase(email).filter(Contact::isActive).map(this::view);
    }

    /**
     * Active contacts whose e-mail address contains the given text (case-insensitive), by address, at
     * most {@code limit}; nothing for blank text.
     */
    public List<CustomerView> contactsByEmailContaining(String part, int limit) {
        if (part == null || part.isBlank()) {
            return List.of();
        }
        return contacts.findByActiveTrueAndEmailContainingIgnoreCaseOrderByEmail(part.strip(),
                PageRequest.of(0, Math.max(1, limit))).stream().map(this::view).toList();
    }

    public Optional<CustomerView> contact(Long contactId) {
        return contacts.findById(contactId).filter(Contact::isActive).map(this::view);
    }

    /** An organisation's active designated contacts (the people all communication goes through in policy A). */
    public java.util.List<CustomerView> designatedContacts(Long organisationId) {
        return contacts.findByOrganisationIdAndRoleAndActiveTrueOrderByIdAsc(organisationId, ContactRole.DESIGNATED)
                .stream().map(this::view).toList();
    }

    public Optional<OrganisationView> organisation(Long organisationId) {
        return organisations.findById(organisationId).map(this::view);
    }

    private CustomerView view(Contact contact) {
        Organisation organisation = contact.getOrganisation();
        return new CustomerView(contact.getId(), contact.getName(), contact.getEmail(), contact.getPhone(),
                contact.getRole(), organisation.getId(), organisation.getName(), organisation.getContractTier(),
                organisation.isEntitled(clock), Set.copyOf(contact.getActsForOrganisationIds()));
    }

    private OrganisationView view(Organisation organisation) {
        return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getContractTier(),
                organisation.getTimeZone(), organisation.isEntitled(clock));
    }

    public record OrganisationView(Long id, String name, String contractTier, String timeZone, boolean entitled) {
    }
}
