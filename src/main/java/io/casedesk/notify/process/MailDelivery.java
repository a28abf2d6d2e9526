package io.casedesk.notify.process;

/** Names shared by {@code processes/mail-delivery.bpmn}, its delegate, its starter and tests. */
public final class MailDelivery {

    public static final String KEY = "mail-delivery";
    public static final String TASK_SEND_AGAIN = "Task_SendMailAgain";

    public static final class Vars {
        public static final String OUTBOX_MESSAGE_ID = "outboxMessageId";

        private Vars() {
        }
    }

    private MailDelivery() {
    }
}
