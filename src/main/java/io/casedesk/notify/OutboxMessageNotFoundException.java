package io.casedesk.notify;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

public class OutboxMessageNotFoundException extends ProblemException {

    OutboxMessageNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "outbox-message-not-found", "No such outbox message",
                "There is no outbox message %d.".formatted(id));
    }
}
