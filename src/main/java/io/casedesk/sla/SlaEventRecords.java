package io.casedesk.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaEventRecords extends JpaRepository<SlaEvent, Long> {

    List<SlaEvent> findByCaseIdOrderByAtAscIdAsc(long caseId);
}
