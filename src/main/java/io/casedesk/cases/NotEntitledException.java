package io.casedesk.cases;

/** The requester has no right to open or see this case (no contract, unknown contact, wrong organisation). */
public class NotEntitledException extends CaseException {

    public NotEntitledException(String message) {
        super(message);
    }
}
