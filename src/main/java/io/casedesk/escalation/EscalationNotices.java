package io.casedesk.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The notices of escalations and complaints; the mail outbox delivers each and records when. */
public interface EscalationNotices extends JpaRepository<EscalationNotice, Long> {

    List<EscalationNotice> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    List<EscalationNotice> findByComplaintIdOrderByCreatedAtAscIdAsc(long complaintId);

    long countByCaseId(long caseId);

    /** The mail outbox had the notice's mail accepted by the mail server. */
    @Modifying
    @Query("update EscalationNotice n set n.deliveredAt = :at where n.id = :id and n.deliveredAt is null")
    int markDelivered(@Param("id") long id, @Param("at") java.time.Instant at);
}
