package io.casedesk.sla;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * The stored calendars as this node counts on them: read through from {@code cd_sla_calendar},
 * kept in memory, and compared with the revision in {@code cd_sla_revision} before each use. An
 * edit on any node bumps the revision in its own transaction, so every node reloads the calendars
 * the moment that edit commits, and never sees one that rolled back.
 *
 * <p>The check is one primary-key read of one row in the caller's transaction (a plain consistent
 * read, no lock) and does not flush the caller's JPA session, which a lifecycle step in mid-flight
 * must not have done for it. Calendars are built again only when the revision moved.
 */
@Component
class CalendarBook {

    private static final String REVISION = "select revision from cd_sla_revision where id = 1";
    private static final String CALENDARS = """
            select name, time_zone, twenty_four_seven, hours, public_holidays, days_off from cd_sla_calendar""";

    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

    CalendarBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(long revision, Map<String, BusinessCalendar> byName) {
    }

    /** The stored calendars by name, as of the last committed edit. */
    Map<String, BusinessCalendar> current() {
        long revision = revision();
        Snapshot seen = snapshot;
        if (seen.revision() == revision) {
            return seen.byName();
        }
        // Read after the revision: a row can only be newer than the revision it is cached under,
        // never older, so the next check corrects any overlap with a concurrent edit.
        Map<String, BusinessCalendar> byName = new HashMap<>();
        jdbc.query(CALENDARS, row -> {
            CalendarSpec spec = SlaCalendarRecord.spec(row.getString("name"), row.getString("time_zone"),
                    row.getBoolean("twenty_four_seven"), row.getString("hours"), row.getString("public_holidays"),
                    row.getString("days_off"));
            byName.put(spec.name(), spec.toCalendar());
        });
        Snapshot loaded = new Snapshot(revision, Map.copyOf(byName));
        snapshot = loaded;
        return loaded.byName();
    }

    long revision() {
        Long revision = jdbc.queryForObject(REVISION, Long.class);
        return revision == null ? 0 : revision;
    }

    /** Called in the transaction that stores an edit: other nodes reload once it commits. */
    void bump() {
        jdbc.update("update cd_sla_revision set revision = revision + 1 where id = 1");
    }
}
