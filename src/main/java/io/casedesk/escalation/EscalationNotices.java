package io.casedesk.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The notices waiting for the mail outbox. */
public interface EscalationNotices extends JpaRepository<EscalationNotice, Long> {

    List<EscalationNotice> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    List<EscalationNotice> findByComplaintIdOrderByCreatedAtAscIdAsc(long complaintId);

    long countByCaseId(long caseId);
}
