package io.casedesk.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.Holiday;
import io.casedesk.sla.calendar.HolidaySource;
import io.casedesk.sla.calendar.JollydayHolidays;
import io.casedesk.sla.calendar.OrganisationHolidays;

/**
 * A business calendar as an administrator reads and writes it.
 *
 * @param hours          weekly hours, "MONDAY 09:00-17:00" each (ignored when 24x7)
 * @param publicHolidays Jollyday codes: "US", "FR", "GB-eng"
 * @param daysOff        the organisation's own whole days off, ISO dates
 */
public record CalendarSpec(String name, String timeZone, boolean twentyFourSeven, List<String> hours,
        List<String> publicHolidays, List<String> daysOff) {

    public CalendarSpec {
        hours = hours == null ? List.of() : List.copyOf(hours);
        publicHolidays = publicHolidays == null ? List.of() : List.copyOf(publicHolidays);
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
    }

    /** The stable id of a calendar with that name: "Policy C emergency on-call" is "policy-c-emergency-on-call". */
    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    public static CalendarSpec of(BusinessCalendar calendar) {
        List<String> countries = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (HolidaySource source : calendar.holidaySources()) {
            if (source instanceof JollydayHolidays jollyday) {
                countries.add(jollyday.code());
            } else if (source instanceof OrganisationHolidays own) {
                own.holidays().forEach(h -> days.add(h.date().toString()));
            }
        }
        return new CalendarSpec(calendar.name(), calendar.zone().getId(), calendar.isTwentyFourSeven(),
                calendar.isTwentyFourSeven() ? List.of() : calendar.weeklyHours(), countries, days);
    }

    /** Builds the calendar, or says which field is wrong (a week without hours included). */
    public BusinessCalendar toCalendar() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new SlaException("timeZone", "\"%s\" is not an IANA time zone such as America/Chicago.".formatted(timeZone));
        }
        if (twentyFourSeven) {
            return BusinessCalendar.twentyFourSeven(name, zone);
        }
        var builder = BusinessCalendar.builder(name, zone);
        for (int i = 0; i < hours.size(); i++) {
            String[] parts = hours.get(i).strip().split("[\\s\\-–]+");
            try {
                builder.hours(DayOfWeek.valueOf(parts[0].toUpperCase(Locale.ROOT)), LocalTime.parse(parts[1]),
                        LocalTime.parse(parts[2]));
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
                throw new SlaException("hours[" + i + "]", "\"%s\" is not weekly hours such as \"MONDAY 09:00-17:00\"."
                        .formatted(hours.get(i)));
            }
        }
        for (int i = 0; i < publicHolidays.size(); i++) {
            try {
                builder.holidays(JollydayHolidays.ofCode(publicHolidays.get(i)));
            } catch (IllegalArgumentException e) {
                throw new SlaException("publicHolidays[" + i + "]", e.getMessage());
            }
        }
        List<Holiday> own = new ArrayList<>();
        for (int i = 0; i < daysOff.size(); i++) {
            try {
                own.add(Holiday.wholeDay(LocalDate.parse(daysOff.get(i).strip()), "Day off"));
            } catch (DateTimeParseException e) {
                throw new SlaException("daysOff[" + i + "]", "\"%s\" is not a date such as 2026-12-24.".formatted(daysOff.get(i)));
            }
        }
        if (!own.isEmpty()) {
            builder.holidays(OrganisationHolidays.of(own));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new SlaException("hours", e.getMessage(), e);
        }
    }
}
