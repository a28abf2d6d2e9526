package io.casedesk.sla.process;

/** Names the SLA part of {@code case-lifecycle.bpmn} shares with its delegates, listeners and tests. */
public final class SlaLifecycle {

    public static final String EVENT_SUB_PROCESS = "SubProcess_SlaClocks";
    public static final String START_CLOCKS = "Task_StartSlaClocks";
    public static final String NEXT_DEADLINE_TIMER = "Timer_NextSlaDue";
    /** Where the loop waits for the next deadline (the timer) or for every clock to stop. */
    public static final String DEADLINE_OR_STOP = "Gateway_SlaWait";
    public static final String RECORD_DEADLINES = "Task_RecordSlaDeadlines";
    public static final String NO_CLOCK_LEFT = "EndEvent_NoSlaDeadline";
    public static final String CLOCK_RUNS_AGAIN = "Event_SlaClockRunsAgain";
    public static final String CLOCKS_STOPPED = "Event_SlaClocksStopped";

    public static final class Vars {
        /** The next warning, breach or update round of any running clock: the timer's timeDate. */
        public static final String NEXT_SLA_DUE = "nextSlaDue";
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
