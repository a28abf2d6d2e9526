package io.casedesk.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRecords extends JpaRepository<SlaClock, Long> {

    List<SlaClock> findByCaseIdOrderById(long caseId);

    List<SlaClock> findByCalendarNameAndStateIn(String calendarName, java.util.Collection<ClockState> states);
}
