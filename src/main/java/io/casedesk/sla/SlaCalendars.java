package io.casedesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.NoWorkingTimeAheadException;

/**
 * Business calendars administrators edit without a restart. On start the active policy set's
 * calendars are stored unless already there, and stored edits are taken into use. An edit is
 * refused when it would leave a running or paused clock without working time to count its time
 * left in. Clocks keep the due times they have; the edited hours count from their next pause,
 * resume or reopen, and for new cases. (Other nodes of a cluster take an edit on their next start.)
 */
@Service
@Transactional
@org.springframework.core.annotation.Order(0)
public class SlaCalendars implements ApplicationRunner {

    private final SlaCalendarRecords records;
    private final SlaClockRecords clocks;
    private final PolicySets policySets;
    private final Clock clock;

    SlaCalendars(SlaCalendarRecords records, SlaClockRecords clocks, PolicySets policySets, Clock clock) {
        this.records = records;
        this.clocks = clocks;
        this.policySets = policySets;
        this.clock = clock;
    }

    public record StoredCalendar(CalendarSpec calendar, Instant updatedAt, String updatedBy, long version) {
    }

    @Override
    public void run(ApplicationArguments args) {
        for (BusinessCalendar shipped : policySets.active().calendars()) {
            if (records.findByName(shipped.name()).isEmpty()) {
                records.save(new SlaCalendarRecord(CalendarSpec.of(shipped), clock.instant(), "policy set " + policySets.active().id()));
            }
        }
        for (SlaCalendarRecord stored : records.findAll()) {
            policySets.replace(stored.spec().toCalendar());
        }
    }

    @Transactional(readOnly = true)
    public List<StoredCalendar> list() {
        return records.findAllByOrderByName().stream().map(SlaCalendars::view).toList();
    }

    @Transactional(readOnly = true)
    public StoredCalendar get(String name) {
        return view(load(name));
    }

    public StoredCalendar update(String name, CalendarSpec edit, String by) {
        SlaCalendarRecord stored = load(name);
        CalendarSpec spec = new CalendarSpec(name, edit.timeZone(), edit.twentyFourSeven(), edit.hours(),
                edit.publicHolidays(), edit.daysOff());
        BusinessCalendar calendar = spec.toCalendar();
        Instant now = clock.instant();
        for (SlaClock running : clocks.findByCalendarNameAndStateIn(name, EnumSet.of(ClockState.RUNNING, ClockState.PAUSED))) {
            BusinessCalendar current = policySets.calendar(name);
            Duration left = running.remaining(current, now);
            try {
                calendar.add(now, left);
            } catch (NoWorkingTimeAheadException e) {
                throw new SlaException("hours", "Refused: the %s clock of case #%d still needs %s of working time, which the edited calendar does not have (%s)."
                        .formatted(running.getTarget(), running.getCaseId(), left, e.getMessage()), e);
            }
        }
        stored.update(spec, now, by);
        policySets.replace(calendar);
        return view(stored);
    }

    private SlaCalendarRecord load(String name) {
        return records.findByName(name).orElseThrow(() -> new SlaException("name",
                "There is no stored calendar \"%s\"; there are %s.".formatted(name,
                        records.findAllByOrderByName().stream().map(SlaCalendarRecord::getName).toList())));
    }

    private static StoredCalendar view(SlaCalendarRecord record) {
        return new StoredCalendar(record.spec(), record.getUpdatedAt(), record.getUpdatedBy(), record.getVersion());
    }
}
