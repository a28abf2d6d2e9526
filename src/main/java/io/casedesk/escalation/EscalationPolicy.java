package io.casedesk.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.casedesk.escalation.EscalationProperties.Level;
import io.casedesk.escalation.EscalationProperties.WatchRules;
import io.casedesk.platform.identity.StaffGroups;
import io.casedesk.sla.calendar.BusinessCalendar;
import io.casedesk.sla.calendar.ExampleCalendars;
import io.casedesk.sla.calendar.SlaDuration;

/**
 * The active policy set's ladder: who handles each level, how long each level has to act, where
 * internal triggers enter, and policy A's watch rules. Presets are completed by
 * {@link EscalationProperties}.
 */
@Component
public class EscalationPolicy {

    public static final String DEFAULT = "default";
    public static final String POLICY_A = "policy-a";
    public static final String POLICY_B = "policy-b";
    public static final String POLICY_D = "policy-d";
    public static final String POLICY_C = "policy-c";
    public static final String POLICY_E = "policy-e";
    public static final String DEFAULT_ACCOUNT_MANAGERS = StaffGroups.ACCOUNT_MANAGERS;

    private static final List<Level> DEFAULT_LADDER = List.of(
            new Level("assigned support analyst", StaffGroups.ANALYSTS, true, "2 business hours"),
            new Level("support manager", StaffGroups.MANAGERS, false, "4 business hours"),
            new Level("VP of customer experience", StaffGroups.VP, false, "1 working day"),
            new Level("CEO", StaffGroups.CEO, false, "2 working days"));

    private static final WatchRules POLICY_A_RULES = new WatchRules(true, "P1", Duration.ofHours(4), "Outage",
            Duration.ofMinutes(30), Duration.ofHours(12));
    private static final WatchRules NO_RULES = new WatchRules(false, POLICY_A_RULES.p1Priority(),
            POLICY_A_RULES.p1OpenAfterResponse(), POLICY_A_RULES.outageCategory(),
            POLICY_A_RULES.outageResponseCoreHours(), POLICY_A_RULES.outageResponseOutsideHours());

    record Preset(String calendar, List<Level> ladder, int internalEntryLevel, WatchRules rules) {
    }

    static Preset preset(String name, String accountManagers) {
        return switch (name) {
            case DEFAULT, POLICY_C -> new Preset("policy-c", DEFAULT_LADDER, 2, NO_RULES);
            case POLICY_A -> new Preset("policy-a", DEFAULT_LADDER, 2, POLICY_A_RULES);
            case POLICY_B -> new Preset("policy-b-florida", List.of(
                    new Level("support manager", StaffGroups.MANAGERS, false, "4 business hours"),
                    new Level("account manager", accountManagers, false, "1 working day"),
                    new Level("CEO", StaffGroups.CEO, false, "2 working days")), 1, NO_RULES);
            case POLICY_D -> new Preset("policy-d", List.of(
                    new Level("director of customer support", StaffGroups.MANAGERS, false, "1 working day"),
                    new Level("VP of customer experience", StaffGroups.VP, false, "2 working days"),
                    new Level("CEO", StaffGroups.CEO, false, "3 working days")), 1, NO_RULES);
            // Policy E's VP review and CEO arbitration run in complaint.bpmn; its ladder is the usual one.
            case POLICY_E -> new Preset("policy-e-base", DEFAULT_LADDER, 2, NO_RULES);
            default -> throw new IllegalArgumentException("Unknown escalation policy set '" + name
                    + "'; use one of " + PRESETS + ".");
        };
    }

    public static final List<String> PRESETS = List.of(DEFAULT, POLICY_A, POLICY_B, POLICY_C, POLICY_D, POLICY_E);

    private static final Map<String, java.util.function.Supplier<BusinessCalendar>> CALENDARS = Map.of(
            "policy-a", ExampleCalendars::policyA,
            "policy-b-florida", ExampleCalendars::policyBFlorida,
            "policy-c", ExampleCalendars::policyC,
            "policy-d", ExampleCalendars::policyD,
            "policy-e-base", ExampleCalendars::policyEBaseTier,
            "24x7", () -> BusinessCalendar.twentyFourSeven("24x7", java.time.ZoneOffset.UTC));

    private final String name;
    private final List<Level> ladder;
    private final List<SlaDuration> responseTimes;
    private final int internalEntryLevel;
    private final BusinessCalendar calendar;
    private final WatchRules rules;
    private final String accountManagersGroup;

    public EscalationPolicy(EscalationProperties properties) {
        this.name = properties.policySet() == null ? DEFAULT : properties.policySet();
        this.accountManagersGroup = properties.accountManagersGroup() == null ? DEFAULT_ACCOUNT_MANAGERS
                : properties.accountManagersGroup();
        Preset preset = preset(name, accountManagersGroup);
        this.ladder = properties.levels() == null || properties.levels().isEmpty() ? preset.ladder()
                : List.copyOf(properties.levels());
        this.responseTimes = ladder.stream().map(level -> SlaDuration.parse(level.responseTime())).toList();
        int entry = properties.internalEntryLevel() == null ? preset.internalEntryLevel() : properties.internalEntryLevel();
        this.internalEntryLevel = Math.max(1, Math.min(entry, ladder.size()));
        String calendarName = properties.calendar() == null ? preset.calendar() : properties.calendar();
        var calendarSource = CALENDARS.get(calendarName);
        if (calendarSource == null) {
            throw new IllegalArgumentException("Unknown escalation calendar '" + calendarName + "'; use one of "
                    + CALENDARS.keySet() + ".");
        }
        this.calendar = calendarSource.get();
        this.rules = merge(preset.rules(), properties.rules());
    }

    private static WatchRules merge(WatchRules preset, WatchRules given) {
        if (given == null) {
            return preset;
        }
        return new WatchRules(given.enabled() == null ? preset.enabled() : given.enabled(),
                given.p1Priority() == null ? preset.p1Priority() : given.p1Priority(),
                given.p1OpenAfterResponse() == null ? preset.p1OpenAfterResponse() : given.p1OpenAfterResponse(),
                given.outageCategory() == null ? preset.outageCategory() : given.outageCategory(),
                given.outageResponseCoreHours() == null ? preset.outageResponseCoreHours() : given.outageResponseCoreHours(),
                given.outageResponseOutsideHours() == null ? preset.outageResponseOutsideHours()
                        : given.outageResponseOutsideHours());
    }

    public String name() {
        return name;
    }

    public int levelCount() {
        return ladder.size();
    }

    /** Level {@code number}, counted from 1. */
    public Level level(int number) {
        return ladder.get(Math.max(1, Math.min(number, ladder.size())) - 1);
    }

    /** When a level entered at {@code enteredAt} must have acted, in business time on the policy's calendar. */
    public Instant responseDue(int number, Instant enteredAt) {
        return responseTimes.get(Math.max(1, Math.min(number, ladder.size())) - 1).dueFrom(calendar, enteredAt);
    }

    public int internalEntryLevel() {
        return internalEntryLevel;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public WatchRules rules() {
        return rules;
    }

    public String accountManagersGroup() {
        return accountManagersGroup;
    }
}
