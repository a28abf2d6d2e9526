package io.casedesk.cases;

import org.springframework.http.HttpStatus;

/** Someone else changed the case first; the caller should reload and try again. */
public class CaseConflictException extends CaseException {

    public CaseConflictException(String message) {
        super(HttpStatus.CONFLICT, "concurrent-change", "The case changed meanwhile", message);
    }
}
