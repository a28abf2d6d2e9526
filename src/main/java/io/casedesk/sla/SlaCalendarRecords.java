package io.casedesk.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaCalendarRecords extends JpaRepository<SlaCalendarRecord, Long> {

    Optional<SlaCalendarRecord> findByName(String name);

    Optional<SlaCalendarRecord> findByKey(String key);

    List<SlaCalendarRecord> findAllByOrderByName();
}
