package io.casedesk.cases;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** A request about a case that its rules refuse; the message is written for the person who asked. */
public class CaseException extends ProblemException {

    public CaseException(String message) {
        this(HttpStatus.UNPROCESSABLE_ENTITY, "case-rule", "Refused by the case rules", message);
    }

    /** For the refusals that have a problem type of their own. */
    CaseException(HttpStatus status, String type, String title, String message) {
        super(status, type, title, message);
    }
}
