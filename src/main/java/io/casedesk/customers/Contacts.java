package io.casedesk.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, Long> {

    Optional<Contact> findByEmailIgnoreCase(String email);

    java.util.List<Contact> findByOrganisationIdAndRoleAndActiveTrueOrderByIdAsc(Long organisationId, ContactRole role);
}
