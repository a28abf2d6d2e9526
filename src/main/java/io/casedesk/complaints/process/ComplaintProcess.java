package io.casedesk.complaints.process;

/** Names shared by {@code processes/complaint.bpmn}, its delegates, the complaint service and tests. */
public final class ComplaintProcess {

    public static final String KEY = "complaint";

    public static final class Elements {
        public static final String ACKNOWLEDGE = "Task_AcknowledgeComplaint";
        public static final String ACKNOWLEDGEMENT_DUE = "Timer_AcknowledgementDue";
        public static final String REVIEW = "Task_ReviewComplaint";
        public static final String REVIEW_UPDATE_DUE = "Timer_ReviewUpdateDue";
        public static final String UPDATE_CUSTOMER = "Task_UpdateCustomer";
        public static final String ARBITRATE = "Task_ArbitrateComplaint";
        public static final String FEEDBACK_ACKNOWLEDGED = "EndEvent_FeedbackAcknowledged";
        public static final String RESOLVED = "EndEvent_ComplaintResolved";
        public static final String ARBITRATED = "EndEvent_ComplaintArbitrated";

        private Elements() {
        }
    }

    /** The business key of a complaint's process: its number. */
    public static String businessKey(long complaintId) {
        return io.casedesk.complaints.Complaint.numberOf(complaintId);
    }

    public static final class Vars {
        public static final String COMPLAINT_ID = "complaintId";
        public static final String KIND = "kind";
        public static final String ACKNOWLEDGEMENT_DUE = "acknowledgementDue";
        public static final String REVIEW_UPDATE_DUE = "reviewUpdateDue";
        /** Read-only on every complaint form: task-local copies ({@link ComplaintTaskView}), never in history. */
        public static final String COMPLAINT_NUMBER = "complaintNumber";
        public static final String COMPLAINT_SUBJECT = "complaintSubject";
        public static final String COMPLAINT_DESCRIPTION = "complaintDescription";
        public static final String COMPLAINT_CUSTOMER = "complaintCustomer";
        public static final String COMPLAINT_ORGANISATION = "complaintOrganisation";
        public static final String RELATED_CASE_NUMBER = "relatedCaseNumber";
        /** Form fields. */
        public static final String ACKNOWLEDGEMENT = "acknowledgement";
        public static final String UPDATE_MESSAGE = "updateMessage";
        public static final String OUTCOME = "outcome";
        public static final String RESOLVED = "resolved";
        public static final String ARBITRATION = "arbitration";

        private Vars() {
        }
    }

    private ComplaintProcess() {
    }
}
