package io.casedesk.sla;

import java.util.Locale;
import java.util.Map;

import io.casedesk.sla.calendar.SlaDuration;

/**
 * One row of the {@code sla-targets} table as it applies to a case.
 *
 * @param name           first-response, acknowledgement, update-interval or resolution (see {@link #canonicalName})
 * @param duration       how long, in the table's words ("2 business hours", "1 week")
 * @param calendarName   the calendar the clock counts on
 * @param warningPercent share of the target after which a warning fires; null for none
 */
public record SlaTarget(String name, SlaDuration duration, String calendarName, Integer warningPercent) {

    public static final String FIRST_RESPONSE = "first-response";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String UPDATE_INTERVAL = "update-interval";
    public static final String RESOLUTION = "resolution";

    /** Other spellings process owners write for the same targets; each concept has one name everywhere. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "acknowledgment", ACKNOWLEDGEMENT,
            "initial-response", FIRST_RESPONSE,
            "response", FIRST_RESPONSE,
            "update", UPDATE_INTERVAL,
            "updates", UPDATE_INTERVAL,
            "progress-update", UPDATE_INTERVAL);

    /**
     * The one spelling of a target name that DMN outputs, clocks, API answers, events and process
     * variables share: lower-case words joined by hyphens ("First Response", "first_response" and
     * "firstResponse" are all "first-response"), known synonyms mapped to their target. The
     * distinction a policy makes is kept: an acknowledgement (policy E) is not a first response.
     */
    public static String canonicalName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String words = name.strip().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return SYNONYMS.getOrDefault(words, words);
    }

    /** Stopped by the first public response. */
    public boolean metByFirstResponse() {
        return FIRST_RESPONSE.equals(name) || ACKNOWLEDGEMENT.equals(name);
    }

    /** Comes round again each time it falls due, rather than being breached. */
    public boolean repeats() {
        return UPDATE_INTERVAL.equals(name);
    }
}
