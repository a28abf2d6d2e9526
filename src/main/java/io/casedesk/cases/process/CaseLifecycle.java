package io.casedesk.cases.process;

/** Names shared by {@code processes/case-lifecycle.bpmn}, its delegates, correlation code and tests. */
public final class CaseLifecycle {

    public static final String KEY = "case-lifecycle";

    public static final class Messages {
        public static final String CASE_RECEIVED = "CaseReceived";
        public static final String CUSTOMER_REPLIED = "CustomerReplied";
        public static final String CASE_RESUMED = "CaseResumed";
        public static final String RESOLUTION_CONFIRMED = "ResolutionConfirmed";
        public static final String REOPEN_REQUESTED = "ReopenRequested";

        private Messages() {
        }
    }

    public static final class Tasks {
        public static final String TRIAGE = "Task_TriageCase";
        public static final String WORK = "Task_WorkCase";

        private Tasks() {
        }
    }

    /** Work-task outcomes, the value of {@link Vars#ACTION}. */
    public static final class Actions {
        public static final String PENDING = "pending";
        public static final String HOLD = "hold";
        public static final String RESOLVE = "resolve";
        public static final String CLOSE = "close";

        private Actions() {
        }
    }

    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CASE_OWNER = "caseOwner";
        public static final String PRIORITY = "priority";
        public static final String PRIORITY_REASON = "priorityReason";
        public static final String CATEGORY = "category";
        public static final String FIRST_REPLY = "firstReply";
        public static final String ACTION = "action";
        public static final String REASON = "reason";
        public static final String HOLD_UNTIL = "holdUntil";
        public static final String HOLD_END_DUE = "holdEndDue";
        public static final String REMINDER_DUE = "reminderDue";
        public static final String REMINDERS_EXHAUSTED = "remindersExhausted";
        public static final String RESOLUTION_CAUSE = "resolutionCause";
        public static final String SOLUTION_TYPE = "solutionType";
        public static final String RESOLUTION_SUMMARY = "resolutionSummary";
        public static final String CLOSING_REASON = "closingReason";
        /** Transient: who triggered the step when it was not a Tasklist user (API, portal, mail). */
        public static final String ACTOR = "actor";

        /** The phone-call start form. */
        public static final String REQUESTER_EMAIL = "requesterEmail";
        public static final String CALL_RECEIVED_AT = "callReceivedAt";
        public static final String SUBJECT = "subject";
        public static final String DESCRIPTION = "description";
        public static final String ENVIRONMENT = "environment";
        public static final String PRODUCT = "product";
        public static final String PRODUCT_VERSION = "productVersion";

        /**
         * The case in front of the agent: task-local copies that every staff form shows read-only
         * ({@link CaseTaskView}); gone with the task, and never in the engine's history
         * ({@code casedesk.history.free-text-variables}).
         */
        public static final String CASE_SUBJECT = "caseSubject";
        public static final String CASE_CUSTOMER = "caseCustomer";
        public static final String CASE_ORGANISATION = "caseOrganisation";
        public static final String CASE_ENVIRONMENT = "caseEnvironment";
        public static final String CASE_PRODUCT = "caseProduct";
        public static final String CASE_DESCRIPTION = "caseDescription";
        public static final String CASE_LAST_CUSTOMER_MESSAGE = "caseLastCustomerMessage";
        /** The open SLA targets' due times, task-local ISO-8601 texts set by the sla module; null when not running. */
        public static final String SLA_ACKNOWLEDGEMENT_DUE = "slaAcknowledgementDue";
        public static final String SLA_FIRST_RESPONSE_DUE = "slaFirstResponseDue";
        public static final String SLA_UPDATE_INTERVAL_DUE = "slaUpdateIntervalDue";
        public static final String SLA_RESOLUTION_DUE = "slaResolutionDue";

        private Vars() {
        }
    }

    private CaseLifecycle() {
    }
}
