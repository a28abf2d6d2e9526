package io.casedesk.sla.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names the SLA part of {@code case-lifecycle.bpmn} shares with its delegates, listeners and tests. */
@org.springframework.modulith.NamedInterface("lifecycle")
public final class SlaLifecycle {

    public static final String EVENT_SUB_PROCESS = "SubProcess_SlaClocks";
    public static final String START_CLOCKS = "Task_StartSlaClocks";
    public static final String WHICH_DEADLINE = "Gateway_WhichSlaDeadline";
    public static final String RECORD_DEADLINES = "Task_RecordSlaDeadlines";
    public static final String NO_CLOCK_LEFT = "EndEvent_NoSlaDeadline";
    public static final String CLOCK_RUNS_AGAIN = "Event_SlaClockRunsAgain";
    /** The event sub-process that hands a recorded breach to the escalation ladder, and its step. */
    public static final String BREACH_HAND_OVER = "SubProcess_SlaBreachHandOver";
    public static final String ESCALATE_BREACH = "Task_EscalateSlaBreach";
    /** The event sub-process that tells the case owner of a warning, and its step. */
    public static final String WARNING_HAND_OVER = "SubProcess_SlaWarningHandOver";
    public static final String WARN_CASE_OWNER = "Task_WarnCaseOwner";

    /**
     * One named timer per kind of deadline ({@code nextSlaKind}), so Cockpit's Jobs tab and the
     * diagram say which target is due when; a target the table adds without a timer of its own waits
     * at "Other SLA deadline".
     */
    public static final Map<String, String> DEADLINE_TIMERS = timers();
    public static final String OTHER_DEADLINE_KIND = "other";
    public static final String OTHER_DEADLINE_TIMER = "Timer_OtherSlaDeadline";

    private static Map<String, String> timers() {
        Map<String, String> timers = new LinkedHashMap<>();
        timers.put("acknowledgement-warning", "Timer_AcknowledgementWarning");
        timers.put("acknowledgement-due", "Timer_AcknowledgementDue");
        timers.put("first-response-warning", "Timer_FirstResponseWarning");
        timers.put("first-response-due", "Timer_FirstResponseDue");
        timers.put("resolution-warning", "Timer_ResolutionWarning");
        timers.put("resolution-due", "Timer_ResolutionDue");
        timers.put("update-interval-due", "Timer_ProgressUpdateDue");
        timers.put(OTHER_DEADLINE_KIND, OTHER_DEADLINE_TIMER);
        return Collections.unmodifiableMap(timers);
    }

    /** The kind of deadline the lifecycle routes by: one with a timer of its own, else "other"; null for none. */
    public static String timerKind(String deadlineKind) {
        if (deadlineKind == null) {
            return null;
        }
        return DEADLINE_TIMERS.containsKey(deadlineKind) ? deadlineKind : OTHER_DEADLINE_KIND;
    }

    public static final class Vars {
        /** The next warning, breach or update round of any running clock: the timer's timeDate. */
        public static final String NEXT_SLA_DUE = "nextSlaDue";
        /** Which timer waits for {@link #NEXT_SLA_DUE}: a key of {@link SlaLifecycle#DEADLINE_TIMERS}. */
        public static final String NEXT_SLA_KIND = "nextSlaKind";
        /** A breach (warning) is recorded that the lifecycle has not yet handed over: starts its event sub-process. */
        public static final String BREACH_TO_HAND_OVER = "slaBreachToHandOver";
        public static final String WARNING_TO_HAND_OVER = "slaWarningToHandOver";
        /** True while some clock is paused or may be revived (a reopened case): the loop waits instead of ending. */
        public static final String CLOCKS_LEFT = "slaClocksLeft";
        /** Set when the case is registered and goes to triage; starts the "SLA clocks" event sub-process once. */
        public static final String CLOCKS_REQUESTED = "slaClocksRequested";
        /** The policy set the case's clocks run under; set once, so the clocks start once. */
        public static final String POLICY_SET = "slaPolicySet";
        /** Per target, for people reading the instance in Cockpit: {@code firstResponseDue}, {@code resolutionDue}, … */
        public static final String DUE_SUFFIX = "Due";

        private Vars() {
        }

        /** "first-response" becomes "firstResponseDue". */
        public static String dueOf(String target) {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : target.toCharArray()) {
                if (c == '-' || c == '_' || c == ' ') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return name + DUE_SUFFIX;
        }
    }

    private SlaLifecycle() {
    }
}
