package io.casedesk.sla.calendar;

import java.time.Year;
import java.util.Collection;
import java.util.List;

/** An organisation's own days off (company day, office move, Christmas Eve afternoon). */
public final class OrganisationHolidays implements HolidaySource {

    private final List<Holiday> holidays;

    private OrganisationHolidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    public static OrganisationHolidays of(Holiday... holidays) {
        return new OrganisationHolidays(List.of(holidays));
    }

    public static OrganisationHolidays of(Collection<Holiday> holidays) {
        return new OrganisationHolidays(List.copyOf(holidays));
    }

    @Override
    public Collection<Holiday> holidaysIn(Year year) {
        return holidays.stream().filter(holiday -> Year.from(holiday.date()).equals(year)).toList();
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    @Override
    public String toString() {
        return "organisation holidays " + holidays;
    }
}
