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

    /**
     * Its own business key, like a customer reply's delivery: never the case id alone, which would make
     * a look-up of the case's lifecycle by business key find two instances.
     */
    public static String businessKey(Long caseId, long outboxMessageId) {
        return (caseId == null ? "" : "case-" + caseId + "-") + "mail-" + outboxMessageId;
    }

    private MailDelivery() {
    }
}
