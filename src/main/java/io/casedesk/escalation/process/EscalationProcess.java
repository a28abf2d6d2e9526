package io.casedesk.escalation.process;

/** Names shared by {@code processes/escalation.bpmn}, its delegates, the escalation service and tests. */
public final class EscalationProcess {

    public static final String KEY = "escalation";

    public static final class Messages {
        /** A new trigger (customer, staff, SLA, watch rule) on a running ladder: move one level up. */
        public static final String RAISED = "EscalationRaised";
        /** The case was closed while escalated: the ladder ends. */
        public static final String WITHDRAWN = "EscalationWithdrawn";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String START = "StartEvent_EscalationRequested";
        public static final String ENTER_LEVEL = "Task_EnterLevel";
        public static final String HANDLE = "Task_HandleEscalation";
        public static final String LEVEL_RESPONSE_DUE = "Timer_LevelResponseDue";
        public static final String RAISED = "Event_EscalationRaised";
        public static final String MOVE_UP = "Task_MoveUpOneLevel";
        public static final String DE_ESCALATED = "EndEvent_DeEscalated";
        public static final String RESOLVED = "EndEvent_Resolved";
        public static final String CASE_CLOSED = "Event_CaseClosed";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";

        private Elements() {
        }
    }

    /** The level's decision, the value of {@link Vars#DECISION}. */
    public static final class Decisions {
        public static final String DE_ESCALATE = "deescalate";
        public static final String RESOLVE = "resolve";
        public static final String ESCALATE = "escalate";

        private Decisions() {
        }
    }

    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CASE_OWNER = "caseOwner";
        public static final String ESCALATION_ID = "escalationId";
        public static final String LEVEL = "level";
        public static final String LEVEL_COUNT = "levelCount";
        public static final String LEVEL_TITLE = "levelTitle";
        public static final String LEVEL_GROUP = "levelGroup";
        public static final String LEVEL_ASSIGNEE = "levelAssignee";
        public static final String LEVEL_RESPONSE_DUE = "levelResponseDue";
        /** Form fields of the level's task. */
        public static final String ACKNOWLEDGED = "acknowledged";
        public static final String PLAN = "plan";
        public static final String DECISION = "decision";

        private Vars() {
        }
    }

    private EscalationProcess() {
    }
}
