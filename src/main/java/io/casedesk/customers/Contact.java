package io.casedesk.customers;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person at a customer organisation (or a partner) who may open cases. */
@Entity
@Table(name = "cd_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;
    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    private ContactRole role;

    private String passwordHash;
    private boolean active;

    /** For partners: the customer organisations they act for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cd_partner_link", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "organisation_id")
    private Set<Long> actsForOrganisationIds = new HashSet<>();

    protected Contact() {
    }

    public Contact(Organisation organisation, String name, String email, String phone, ContactRole role) {
        this.organisation = organisation;
        this.name = name;
        this.email = email.toLowerCase(java.util.Locale.ROOT);
        this.phone = phone;
        this.role = role;
        this.active = true;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void actFor(Organisation customer) {
        if (role != ContactRole.PARTNER) {
            throw new IllegalStateException("Only partners act for other organisations");
        }
        actsForOrganisationIds.add(customer.getId());
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public ContactRole getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    Set<Long> getActsForOrganisationIds() {
        return actsForOrganisationIds;
    }
}
