package io.casedesk.notify;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** Only a failed message can be sent again; a pending or sent one is left as it is. */
public class OutboxRetryRefusedException extends ProblemException {

    OutboxRetryRefusedException(Long id, OutboxStatus status) {
        super(HttpStatus.CONFLICT, "outbox-retry-refused", "Message is not failed",
                "Outbox message %d is %s; only a failed message can be retried.".formatted(id,
                        status.name().toLowerCase()));
    }
}
