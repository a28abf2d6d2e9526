package io.casedesk.cases;

/** One field of a request has a value the case rules do not accept. */
public class InvalidCaseValueException extends CaseException {

    private final String field;

    public InvalidCaseValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
