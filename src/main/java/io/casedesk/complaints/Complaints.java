package io.casedesk.complaints;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Complaints extends JpaRepository<Complaint, Long> {

    List<Complaint> findByOrganisationIdOrderByFiledAtDesc(long organisationId);

    List<Complaint> findByContactIdOrderByFiledAtDesc(long contactId);

    List<Complaint> findAllByOrderByFiledAtDesc();
}
