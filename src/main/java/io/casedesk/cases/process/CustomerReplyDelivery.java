package io.casedesk.cases.process;

/** Names shared by {@code processes/customer-reply.bpmn}, its delegate, {@link CaseProcess} and tests. */
public final class CustomerReplyDelivery {

    public static final String KEY = "customer-reply-delivery";
    public static final String TASK_DELIVER = "Task_DeliverReply";

    public static final class Vars {
        public static final String CASE_ID = CaseLifecycle.Vars.CASE_ID;
        public static final String MESSAGE_ID = "messageId";

        private Vars() {
        }
    }

    private CustomerReplyDelivery() {
    }
}
