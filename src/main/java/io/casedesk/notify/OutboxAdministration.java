package io.casedesk.notify;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators see of the outbox and the one thing they do with it: send a failed message again. */
@Service
@Transactional
public class OutboxAdministration {

    private final OutboxMessages messages;
    private final Clock clock;

    OutboxAdministration(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OutboxMessage> list(OutboxStatus status, Pageable page) {
        return status == null ? messages.findAll(page) : messages.findByStatus(status, page);
    }

    @Transactional(readOnly = true)
    public OutboxMessage get(long id) {
        return messages.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
    }

    /** A failed message goes back to pending with a fresh set of attempts, under the same Message-ID. */
    public OutboxMessage retry(long id) {
        OutboxMessage message = messages.findById(id).orElseThrow(() -> new OutboxMessageNotFoundException(id));
        message.retry(clock.instant());
        return message;
    }
}
