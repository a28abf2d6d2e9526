package io.casedesk.sla.calendar;

import java.time.Year;
import java.util.Collection;

/**
 * Where a calendar's holidays come from: a country's public holidays, an organisation's own dates.
 * A calendar combines any number of sources and asks each once per year.
 */
public interface HolidaySource {

    /** Every holiday (whole or part day) whose date lies in the given year. */
    Collection<Holiday> holidaysIn(Year year);
}
