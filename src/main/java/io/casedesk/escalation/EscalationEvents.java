package io.casedesk.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationEvents extends JpaRepository<EscalationEvent, Long> {

    List<EscalationEvent> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

    boolean existsByCaseIdAndTrigger(long caseId, EscalationTrigger trigger);

    long countByCaseId(long caseId);
}
