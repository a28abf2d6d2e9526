package io.casedesk.sla;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A business calendar as stored: seeded from the policy set, then edited by administrators. */
@Entity
@Table(name = "cd_sla_calendar")
class SlaCalendarRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The stable id the calendars API addresses it by: a slug of the name, fixed when it is first stored. */
    @Column(name = "calendar_key")
    private String key;
    private String name;
    private String timeZone;
    private boolean twentyFourSeven;
    private String hours;
    private String publicHolidays;
    private String daysOff;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    protected SlaCalendarRecord() {
    }

    SlaCalendarRecord(CalendarSpec spec, Instant at, String by) {
        this.name = spec.name();
        this.key = CalendarSpec.keyOf(spec.name());
        update(spec, at, by);
    }

    void update(CalendarSpec spec, Instant at, String by) {
        this.timeZone = spec.timeZone();
        this.twentyFourSeven = spec.twentyFourSeven();
        this.hours = String.join("\n", spec.hours());
        this.publicHolidays = String.join(",", spec.publicHolidays());
        this.daysOff = String.join(",", spec.daysOff());
        this.updatedAt = at;
        this.updatedBy = by;
    }

    CalendarSpec spec() {
        return spec(name, timeZone, twentyFourSeven, hours, publicHolidays, daysOff);
    }

    /** A stored row's columns as a calendar; also for reading the rows without the entity (see {@link CalendarBook}). */
    static CalendarSpec spec(String name, String timeZone, boolean twentyFourSeven, String hours, String publicHolidays,
            String daysOff) {
        return new CalendarSpec(name, timeZone, twentyFourSeven, split(hours, "\n"), split(publicHolidays, ","),
                split(daysOff, ","));
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).toList();
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    long getVersion() {
        return version;
    }
}
