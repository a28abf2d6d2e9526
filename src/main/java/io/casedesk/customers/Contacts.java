package io.casedesk.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, Long> {

    Optional<Contact> findByEmailIgnoreCase(String email);

    List<Contact> findByOrganisationIdAndRoleAndActiveTrueOrderByIdAsc(Long organisationId, ContactRole role);

    List<Contact> findByActiveTrueAndEmailContainingIgnoreCaseOrderByEmail(String part, Pageable page);
}
