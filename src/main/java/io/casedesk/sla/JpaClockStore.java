package io.casedesk.sla;

import java.util.List;

import org.springframework.stereotype.Component;

/** Clocks and events in {@code cd_sla_clock} and {@code cd_sla_event}, in the caller's (the engine's) transaction. */
@Component
class JpaClockStore implements ClockStore {

    private final SlaClockRecords clocks;
    private final SlaEventRecords events;

    JpaClockStore(SlaClockRecords clocks, SlaEventRecords events) {
        this.clocks = clocks;
        this.events = events;
    }

    @Override
    public List<SlaClock> clocksOf(long caseId) {
        return clocks.findByCaseIdOrderById(caseId);
    }

    @Override
    public void save(SlaClock clock) {
        clocks.save(clock);
    }

    @Override
    public void record(SlaEvent event) {
        events.save(event);
    }

    @Override
    public List<SlaEvent> eventsOf(long caseId) {
        return events.findByCaseIdOrderByAtAscIdAsc(caseId);
    }
}
