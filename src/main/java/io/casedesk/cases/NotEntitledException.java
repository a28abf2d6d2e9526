package io.casedesk.cases;

import org.springframework.http.HttpStatus;

/** The requester has no right to open or see this case (no contract, unknown contact, wrong organisation). */
public class NotEntitledException extends CaseException {

    public NotEntitledException(String message) {
        super(HttpStatus.FORBIDDEN, "not-entitled", "Not entitled", message);
    }
}
