package io.casedesk.escalation.process;

/**
 * Names shared by {@code processes/escalation.bpmn}, {@code processes/escalation-levels.dmn}, their
 * delegates, the escalation service and tests.
 */
public final class EscalationProcess {

    public static final String KEY = "escalation";

    /** The decisions of {@code escalation-levels.dmn}. */
    public static final class Decisions {
        /** Who handles a level of a policy set's ladder, how long they have and on which calendar. */
        public static final String LEVEL = "escalation-level";
        /** The level a new escalation enters at, by policy set and trigger. */
        public static final String ENTRY_LEVEL = "escalation-entry-level";

        private Decisions() {
        }
    }

    public static final class Messages {
        /** A trigger on a case without a running ladder: the ladder starts. */
        public static final String REQUESTED = "EscalationRequested";
        /** A new trigger (customer, staff, SLA, watch rule) on a running ladder: move one level up. */
        public static final String RAISED = "EscalationRaised";
        /** The case was closed while escalated: the ladder ends. */
        public static final String WITHDRAWN = "EscalationWithdrawn";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String START = "StartEvent_EscalationRequested";
        public static final String DECIDE_ENTRY_LEVEL = "Task_DecideEntryLevel";
        public static final String LOOK_UP_LEVEL = "Task_LookUpLevel";
        public static final String ENTER_LEVEL = "Task_EnterLevel";
        public static final String LEVEL_HANDLES = "SubProcess_LevelHandles";
        public static final String ANALYST_RESPONDS = "Task_AnalystResponds";
        public static final String SUPPORT_MANAGER_REVIEWS = "Task_SupportManagerReviews";
        public static final String ACCOUNT_MANAGER_REVIEWS = "Task_AccountManagerReviews";
        public static final String VP_REVIEWS = "Task_VpReviews";
        public static final String CEO_DECIDES = "Task_CeoDecides";
        public static final String RAISED = "Event_EscalationRaised";
        public static final String MOVE_UP = "Task_MoveUpOneLevel";
        public static final String DE_ESCALATED = "EndEvent_DeEscalated";
        public static final String RESOLVED = "EndEvent_Resolved";
        public static final String CASE_CLOSED = "Event_CaseClosed";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";

        private Elements() {
        }

        /** The user task of a role of the {@code escalation-level} table. */
        public static String taskOf(String role) {
            return switch (role) {
                case Roles.ANALYST -> ANALYST_RESPONDS;
                case Roles.SUPPORT_MANAGER -> SUPPORT_MANAGER_REVIEWS;
                case Roles.ACCOUNT_MANAGER -> ACCOUNT_MANAGER_REVIEWS;
                case Roles.VP -> VP_REVIEWS;
                case Roles.CEO -> CEO_DECIDES;
                default -> throw new IllegalArgumentException("No user task for role " + role);
            };
        }
    }

    /** The roles the {@code escalation-level} table may name; each has its user task in the model. */
    public static final class Roles {
        public static final String ANALYST = "analyst";
        public static final String SUPPORT_MANAGER = "support-manager";
        public static final String ACCOUNT_MANAGER = "account-manager";
        public static final String VP = "vp";
        public static final String CEO = "ceo";

        private Roles() {
        }
    }

    /** The level's decision, the value of {@link Vars#DECISION}. */
    public static final class Outcomes {
        public static final String DE_ESCALATE = "deescalate";
        public static final String RESOLVE = "resolve";
        public static final String ESCALATE = "escalate";

        private Outcomes() {
        }
    }

    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CASE_OWNER = "caseOwner";
        public static final String ESCALATION_ID = "escalationId";
        /** Inputs of the decisions. */
        public static final String POLICY_SET = "policySet";
        public static final String TRIGGER = "trigger";
        public static final String LEVEL = "level";
        /** The level's row of the {@code escalation-level} table. */
        public static final String LEVEL_ROLE = "levelRole";
        public static final String LEVEL_TITLE = "levelTitle";
        public static final String LEVEL_GROUP = "levelGroup";
        public static final String LEVEL_TO_CASE_OWNER = "levelToCaseOwner";
        public static final String LEVEL_RESPONSE_TIME = "levelResponseTime";
        public static final String LEVEL_CALENDAR = "levelCalendar";
        /** Computed when the level takes the case. */
        public static final String LEVEL_COUNT = "levelCount";
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
