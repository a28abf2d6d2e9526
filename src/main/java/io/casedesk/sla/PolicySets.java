package io.casedesk.sla;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;

/**
 * The five example policy sets of POLICIES.md. Their targets are rows of the DMN tables in
 * {@code processes/}; here are the parts a table cannot hold: priority schemes, contract tiers,
 * calendars and policy B's regions. {@code casedesk.sla.policy-set} picks the active one.
 */
@Component
public class PolicySets {

    public static final String A = "policy-a";
    public static final String B = "policy-b";
    public static final String C = "policy-c";
    public static final String D = "policy-d";
    public static final String E = "policy-e";

    private static final List<String> ANY_TIER = List.of("standard", "premium", "partner");
    private static final Set<String> UK_ZONES = Set.of("Europe/London", "Europe/Dublin", "Europe/Lisbon",
            "Atlantic/Reykjavik", "Atlantic/Canary", "Atlantic/Faroe");

    private static final Map<String, PolicySet> SHIPPED = shipped();

    private final Map<String, PolicySet> sets = SHIPPED;
    private final PolicySet active;
    /** The stored calendars by name, as last edited on any node; they win over the shipped ones. */
    private final Supplier<Map<String, BusinessCalendar>> stored;

    /** The shipped calendars only, as tests without a database use them. */
    public PolicySets(SlaProperties properties) {
        this(properties, Map::of);
    }

    @Autowired
    PolicySets(SlaProperties properties, CalendarBook book) {
        this(properties, book::current);
    }

    private PolicySets(SlaProperties properties, Supplier<Map<String, BusinessCalendar>> stored) {
        this.stored = stored;
        this.active = get(properties.policySet());
    }

    /** The shipped sets by id, without Spring: also read before the context starts (see {@link SlaPolicyDefaults}). */
    static Map<String, PolicySet> shipped() {
        Map<String, PolicySet> sets = new LinkedHashMap<>();
        add(sets, new PolicySet(A, "A: five priorities, core hours, 30-minute P1 response",
                List.of("P1", "P2", "P3", "P4", "P5"), ANY_TIER, "standard",
                List.of(ExampleCalendars.policyA()), List.of(), zone -> null));
        add(sets, new PolicySet(B, "B: one business day, three regions",
                List.of("Critical", "Normal"), List.of("standard", "emergency-phone"), "standard",
                policyBCalendars(), List.of("Florida", "United Kingdom", "France"), PolicySets::policyBRegion));
        add(sets, new PolicySet(C, "C: four priorities, business hours plus 24x7 emergencies",
                List.of("P1", "P2", "P3", "P4"), ANY_TIER, "standard",
                List.of(ExampleCalendars.policyC(), ExampleCalendars.policyCEmergency()), List.of(), zone -> null));
        add(sets, new PolicySet(D, "D: six statuses, three severities, business-day targets",
                List.of("High", "Medium", "Low"), ANY_TIER, "standard",
                List.of(ExampleCalendars.policyD()), List.of(), zone -> null));
        add(sets, new PolicySet(E, "E: four severities, tiered support hours",
                List.of("Sev1", "Sev2", "Sev3", "Sev4"), List.of("standard", "premium", "enterprise"), "standard",
                List.of(ExampleCalendars.policyEBaseTier(), ExampleCalendars.policyEUpperTiers()), List.of(), zone -> null));
        return java.util.Collections.unmodifiableMap(sets);
    }

    private static List<BusinessCalendar> policyBCalendars() {
        List<BusinessCalendar> calendars = new java.util.ArrayList<>(ExampleCalendars.policyBRegions());
        calendars.add(ExampleCalendars.policyBAroundTheClock());
        return calendars;
    }

    private static void add(Map<String, PolicySet> sets, PolicySet set) {
        sets.put(set.id(), set);
    }

    public PolicySet active() {
        return active;
    }

    /**
     * Policy E: "the clock starts … only once the request carries the required information"
     * (product and version/build, operating system and version; the description is always required).
     */
    private static final Map<String, List<String>> REQUIRED_INFORMATION = Map.of(
            E, List.of("product", "productVersion", "operatingSystem"));

    /** The case fields a policy requires before its clocks start; empty when clocks start on receipt. */
    public List<String> requiredInformation(String policySetId) {
        return REQUIRED_INFORMATION.getOrDefault(policySetId, List.of());
    }

    public PolicySet get(String id) {
        PolicySet set = id == null ? null : sets.get(id.strip());
        if (set == null) {
            throw new UnknownPolicySetException(id, sets.keySet());
        }
        return set;
    }

    public List<PolicySet> all() {
        return List.copyOf(sets.values());
    }

    /**
     * A calendar of any policy set by name (clocks store the name they count on), as last stored by
     * an administrator on any node of the cluster.
     */
    public BusinessCalendar calendar(String name) {
        BusinessCalendar edit = name == null ? null : stored.get().get(name);
        if (edit != null) {
            return edit;
        }
        return sets.values().stream()
                .flatMap(set -> set.calendars().stream())
                .filter(calendar -> calendar.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new SlaException("calendar", "There is no calendar \"%s\".".formatted(name)));
    }

    /** Support hours of the active policy: its main calendar as last edited. */
    public BusinessCalendar mainCalendar() {
        return calendar(active.mainCalendar().name());
    }

    /** Policy B: the Americas go to Florida, the British Isles and Portugal to the UK, the rest of the world to France. */
    static String policyBRegion(ZoneId zone) {
        String id = zone.getId();
        if (id.startsWith("America/") || id.startsWith("US/") || id.startsWith("Canada/")) {
            return "Florida";
        }
        return UK_ZONES.contains(id) ? "United Kingdom" : "France";
    }
}
