package io.casedesk.sla;

import java.util.List;

/** Where clocks and their events are kept: the database in the application, memory in process tests. */
public interface ClockStore {

    List<SlaClock> clocksOf(long caseId);

    void save(SlaClock clock);

    void record(SlaEvent event);

    List<SlaEvent> eventsOf(long caseId);
}
