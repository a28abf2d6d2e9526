package io.casedesk.sla.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays of a country, and optionally one of its subdivisions, from Jollyday's maintained
 * rules: never hand-written here. Codes are Jollyday's: an ISO country code ("US", "GB", "FR") and
 * its own subdivision ids ("ny" for New York, "eng" for England, "sct" for Scotland).
 *
 * <p>Holidays fall on the day off actually given: 4 July on a Saturday counts on Friday 3 July.
 * Observances (Valentine's Day and the like) are not days off and are ignored.
 */
public final class JollydayHolidays implements HolidaySource {

    private static final Set<HolidayType> DAYS_OFF = Set.of(HolidayType.PUBLIC_HOLIDAY, HolidayType.BANK_HOLIDAY);

    private final String country;
    private final String[] subdivision;
    private final HolidayManager manager;
    private final Map<Year, List<Holiday>> byYear = new ConcurrentHashMap<>();

    private JollydayHolidays(String country, String... subdivision) {
        this.country = country;
        this.subdivision = subdivision;
        this.manager = HolidayManager.getInstance(ManagerParameters.create(country));
    }

    /** National holidays only. */
    public static JollydayHolidays of(String country) {
        return new JollydayHolidays(checkedCountry(country));
    }

    /** National holidays plus those of one subdivision, e.g. {@code of("GB", "eng")}. */
    public static JollydayHolidays of(String country, String subdivision) {
        Objects.requireNonNull(subdivision, "subdivision");
        JollydayHolidays national = of(country);
        String id = subdivision.toLowerCase(Locale.ROOT);
        if (!national.manager.getCalendarHierarchy().getChildren().containsKey(id)) {
            throw new IllegalArgumentException("Jollyday has no subdivision \"" + subdivision
                    + "\" for country " + national.country + "; known: "
                    + national.manager.getCalendarHierarchy().getChildren().keySet());
        }
        return new JollydayHolidays(national.country, id);
    }

    private static String checkedCountry(String country) {
        Objects.requireNonNull(country, "country");
        String code = country.toUpperCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(code)) {
            throw new IllegalArgumentException("Jollyday has no holiday calendar for \"" + country + "\"");
        }
        return code;
    }

    @Override
    public Collection<Holiday> holidaysIn(Year year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private List<Holiday> load(Year year) {
        return manager.getHolidays(year, subdivision).stream()
                .filter(holiday -> DAYS_OFF.contains(holiday.getType()))
                .map(holiday -> Holiday.wholeDay(holiday.getDate(), holiday.getDescription(Locale.ENGLISH)))
                .toList();
    }

    /** "US", or "GB-eng" with a subdivision: what {@link #ofCode(String)} reads back. */
    public String code() {
        return country + (subdivision.length == 0 ? "" : "-" + subdivision[0]);
    }

    public static JollydayHolidays ofCode(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? of(code.strip()) : of(code.substring(0, dash).strip(), code.substring(dash + 1).strip());
    }

    @Override
    public String toString() {
        return "Jollyday " + country
                + (subdivision.length == 0 ? "" : "-" + subdivision[0]);
    }
}
