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
 * Business calendars administrators edit without a restart, addressed by stable ids. On start the
 * active policy set's calendars are stored unless already there. An edit is stored once, in the
 * database, and every node of a cluster counts on it from the moment it commits (see
 * {@link CalendarBook}). An edit is refused when it would leave a running or paused clock without
 * working time to count its time left in. Clocks keep the due times they have; the edited hours
 * count from their next pause, resume or reopen, and for new cases.
 */
@Service
@Transactional
@org.springframework.core.annotation.Order(0)
public class SlaCalendars implements ApplicationRunner {

    private final SlaCalendarRecords records;
    private final SlaClockRecords clocks;
    private final PolicySets policySets;
    private final CalendarBook book;
    private final Clock clock;

    SlaCalendars(SlaCalendarRecords records, SlaClockRecords clocks, PolicySets policySets, CalendarBook book,
            Clock clock) {
        this.records = records;
        this.clocks = clocks;
        this.policySets = policySets;
        this.book = book;
        this.clock = clock;
    }

    /** @param id the calendar's stable id in {@code /api/sla/calendars/{id}} */
    public record StoredCalendar(String id, CalendarSpec calendar, Instant updatedAt, String updatedBy, long version) {
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean added = false;
        for (BusinessCalendar shipped : policySets.active().calendars()) {
            if (records.findByName(shipped.name()).isEmpty()) {
                records.saveAndFlush(new SlaCalendarRecord(CalendarSpec.of(shipped), clock.instant(),
                        "policy set " + policySets.active().id()));
                added = true;
            }
        }
        if (added) {
            book.bump();
        }
    }

    @Transactional(readOnly = true)
    public List<StoredCalendar> list() {
        return records.findAllByOrderByName().stream().map(SlaCalendars::view).toList();
    }

    @Transactional(readOnly = true)
    public StoredCalendar get(String id) {
        return view(load(id));
    }

    public StoredCalendar update(String id, CalendarSpec edit, String by) {
        SlaCalendarRecord stored = load(id);
        String name = stored.getName();
        CalendarSpec spec = new CalendarSpec(name, edit.timeZone(), edit.twentyFourSeven(), edit.hours(),
                edit.publicHolidays(), edit.daysOff());
        BusinessCalendar calendar = spec.toCalendar();
        // Read before anything is written: the clocks' time left is counted on the calendar as it is.
        BusinessCalendar current = policySets.calendar(name);
        Instant now = clock.instant();
        for (SlaClock running : clocks.findByCalendarNameAndStateIn(name, EnumSet.of(ClockState.RUNNING, ClockState.PAUSED))) {
            Duration left = running.remaining(current, now);
            try {
                calendar.add(now, left);
            } catch (NoWorkingTimeAheadException e) {
                throw new SlaException("hours", "Refused: the %s clock of case #%d still needs %s of working time, which the edited calendar does not have (%s)."
                        .formatted(running.getTarget(), running.getCaseId(), left, e.getMessage()), e);
            }
        }
        stored.update(spec, now, by);
        records.saveAndFlush(stored);
        // Last, and nothing reads calendars after it in this transaction: the new revision and the
        // new row become visible to every node together, at commit.
        book.bump();
        return view(stored);
    }

    /** By stable id; the calendar's name, which these paths took before they had ids, is still understood. */
    private SlaCalendarRecord load(String id) {
        return records.findByKey(id).or(() -> records.findByName(id))
                .orElseThrow(() -> new UnknownCalendarException(id,
                        records.findAllByOrderByName().stream().map(SlaCalendarRecord::getKey).toList()));
    }

    private static StoredCalendar view(SlaCalendarRecord record) {
        return new StoredCalendar(record.getKey(), record.spec(), record.getUpdatedAt(), record.getUpdatedBy(),
                record.getVersion());
    }
}
