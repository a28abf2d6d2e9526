package io.casedesk.sla;

/** A service-level request that cannot be answered as asked; the message says why. */
public class SlaException extends RuntimeException {

    private final String field;

    public SlaException(String field, String message) {
        super(message);
        this.field = field;
    }

    public SlaException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The request field at fault, or null when no single field is. */
    public String getField() {
        return field;
    }
}
