package io.casedesk.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessages extends JpaRepository<CaseMessage, Long> {

    List<CaseMessage> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    List<CaseMessage> findByCaseIdAndVisibilityOrderByCreatedAtAscIdAsc(Long caseId, MessageVisibility visibility);
}
