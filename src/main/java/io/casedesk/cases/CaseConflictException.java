package io.casedesk.cases;

/** Someone else changed the case first; the caller should reload and try again. */
public class CaseConflictException extends CaseException {

    public CaseConflictException(String message) {
        super(message);
    }
}
