package io.casedesk.escalation.complaints;

/** No complaint with that id that the caller may see. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(long id) {
        super("There is no complaint " + id + " that you may see.");
    }
}
