package io.casedesk.sla;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.casedesk.sla.calendar.BusinessCalendar;

/**
 * One shipped support policy as configuration: its priority scheme, contract tiers, business
 * calendars and (in the {@code priority} and {@code sla-targets} DMN tables) the rows whose
 * {@code policySet} column carries its id.
 *
 * @param id           the value of {@code casedesk.sla.policy-set} and of the DMN column
 * @param title        a line for people
 * @param priorities   the priority scheme, most urgent first
 * @param tiers        the contract tiers the tables know
 * @param defaultTier  used for an organisation whose tier this policy does not know
 * @param calendars    every calendar a target may count on, the main one (support hours) first
 * @param regions      regions with their own calendar (policy B), empty when there is one team
 * @param regionOfZone which region serves a customer in a time zone (null when {@code regions} is empty)
 */
public record PolicySet(String id, String title, List<String> priorities, List<String> tiers, String defaultTier,
        List<BusinessCalendar> calendars, List<String> regions, Function<ZoneId, String> regionOfZone) {

    public PolicySet {
        priorities = List.copyOf(priorities);
        tiers = List.copyOf(tiers);
        calendars = List.copyOf(calendars);
        regions = List.copyOf(regions);
    }

    /** Support hours: reminders and "received in hours" are judged on this calendar. */
    public BusinessCalendar mainCalendar() {
        return calendars.get(0);
    }

    public Optional<BusinessCalendar> calendar(String name) {
        return calendars.stream().filter(calendar -> calendar.name().equals(name)).findFirst();
    }

    public Map<String, BusinessCalendar> calendarsByName() {
        return calendars.stream().collect(Collectors.toMap(BusinessCalendar::name, Function.identity()));
    }

    /** The region serving a customer in that zone, or null when the policy has one team. */
    public String regionFor(ZoneId zone) {
        if (regions.isEmpty()) {
            return null;
        }
        return zone == null ? regions.get(0) : regionOfZone.apply(zone);
    }

    /** The organisation's tier when this policy knows it, else the default tier. */
    public String tierOrDefault(String tier) {
        return tier != null && tiers.contains(tier) ? tier : defaultTier;
    }
}
