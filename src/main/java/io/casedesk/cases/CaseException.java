package io.casedesk.cases;

/** A request about a case that its rules refuse; the message is written for the person who asked. */
public class CaseException extends RuntimeException {

    public CaseException(String message) {
        super(message);
    }
}
