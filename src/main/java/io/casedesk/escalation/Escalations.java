package io.casedesk.escalation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Escalations extends JpaRepository<Escalation, Long> {

    Optional<Escalation> findByOpenCaseId(long caseId);

    List<Escalation> findByCaseIdOrderByStartedAtAscIdAsc(long caseId);

    List<Escalation> findByStatus(EscalationStatus status);
}
