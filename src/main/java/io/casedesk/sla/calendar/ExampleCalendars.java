package io.casedesk.sla.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The calendars of the five example support policies (see {@code POLICIES.md}, policies A–E).
 * Holiday sources are shared so that each country's holidays are looked up once per year.
 */
public final class ExampleCalendars {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Policy E says "GMT-5" and nothing about daylight saving, so a fixed offset. */
    private static final ZoneId GMT_MINUS_5 = ZoneOffset.ofHours(-5);

    private static final HolidaySource US = JollydayHolidays.of("US");
    // England rather than "GB" alone: Jollyday keeps Easter Monday and the summer bank holiday
    // at the subdivision level, because Scotland differs.
    private static final HolidaySource ENGLAND = JollydayHolidays.of("GB", "eng");
    private static final HolidaySource FRANCE = JollydayHolidays.of("FR");

    private static final BusinessCalendar A_CORE_HOURS = BusinessCalendar.builder("Policy A core hours", NEW_YORK)
            .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(19, 0)).holidays(US).build();
    private static final BusinessCalendar B_FLORIDA = nineToFive("Policy B Florida", NEW_YORK, US);
    private static final BusinessCalendar B_UNITED_KINGDOM = nineToFive("Policy B United Kingdom", LONDON, ENGLAND);
    private static final BusinessCalendar B_FRANCE = nineToFive("Policy B France", PARIS, FRANCE);
    /** Policy B's "patch within 24 hours for critical bugs" counts real hours, whichever office is open. */
    private static final BusinessCalendar B_AROUND_THE_CLOCK = BusinessCalendar.twentyFourSeven("Policy B around the clock",
            ZoneOffset.UTC);
    private static final BusinessCalendar C_BUSINESS_HOURS = BusinessCalendar.builder("Policy C business hours", CHICAGO)
            .mondayToFriday(LocalTime.of(7, 0), LocalTime.of(18, 0)).holidays(US).build();
    private static final BusinessCalendar C_EMERGENCY = BusinessCalendar.twentyFourSeven("Policy C emergency on-call", CHICAGO);
    private static final BusinessCalendar D_BUSINESS_DAYS = BusinessCalendar.builder("Policy D business days", NEW_YORK)
            .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final BusinessCalendar E_BASE_TIER = BusinessCalendar.builder("Policy E base tier", GMT_MINUS_5)
            .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final BusinessCalendar E_UPPER_TIERS = BusinessCalendar.twentyFourSeven("Policy E upper tiers", GMT_MINUS_5);

    private ExampleCalendars() {
    }

    /** Policy A: core hours Monday–Friday 09:00–19:00 US Eastern, US federal holidays off. */
    public static BusinessCalendar policyA() {
        return A_CORE_HOURS;
    }

    /** Policy B, Florida office: Monday–Friday 09:00–17:00 America/New_York, US federal holidays. */
    public static BusinessCalendar policyBFlorida() {
        return B_FLORIDA;
    }

    /** Policy B, UK office: Monday–Friday 09:00–17:00 Europe/London, bank holidays of England. */
    public static BusinessCalendar policyBUnitedKingdom() {
        return B_UNITED_KINGDOM;
    }

    /** Policy B, French office: Monday–Friday 09:00–17:00 Europe/Paris, French public holidays. */
    public static BusinessCalendar policyBFrance() {
        return B_FRANCE;
    }

    /** Policy B's three regions; a case runs on the calendar of the region that handles it. */
    public static List<BusinessCalendar> policyBRegions() {
        return List.of(B_FLORIDA, B_UNITED_KINGDOM, B_FRANCE);
    }

    /** Policy B, for critical bugs: 24x7, so "within 24 hours" means 24 hours. */
    public static BusinessCalendar policyBAroundTheClock() {
        return B_AROUND_THE_CLOCK;
    }

    /** Policy C: Monday–Friday 07:00–18:00 US Central, US federal holidays off. */
    public static BusinessCalendar policyC() {
        return C_BUSINESS_HOURS;
    }

    /**
     * Policy C emergencies: on call 18:00–07:00, weekends and holidays, which together with the
     * business hours is simply 24x7.
     */
    public static BusinessCalendar policyCEmergency() {
        return C_EMERGENCY;
    }

    /**
     * Policy D: the policy counts business days but names neither hours, zone nor holidays; this
     * calendar assumes Monday–Friday 09:00–17:00 America/New_York with no holidays.
     */
    public static BusinessCalendar policyD() {
        return D_BUSINESS_DAYS;
    }

    /** Policy E base tier: Monday–Friday 09:00–17:00 at a fixed GMT-5 ({@code -05:00}, no DST), no holidays. */
    public static BusinessCalendar policyEBaseTier() {
        return E_BASE_TIER;
    }

    /** Policy E upper tiers: 24x7x365. */
    public static BusinessCalendar policyEUpperTiers() {
        return E_UPPER_TIERS;
    }

    private static BusinessCalendar nineToFive(String name, ZoneId zone, HolidaySource holidays) {
        return BusinessCalendar.builder(name, zone)
                .mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0)).holidays(holidays).build();
    }
}
