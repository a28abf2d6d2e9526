package io.casedesk.intake;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** No review item or quarantined mail with that id. */
public class IntakeItemNotFoundException extends ProblemException {

    IntakeItemNotFoundException(String what, Long id) {
        super(HttpStatus.NOT_FOUND, "intake-item-not-found", "Not found", "There is no %s %d.".formatted(what, id));
    }
}
