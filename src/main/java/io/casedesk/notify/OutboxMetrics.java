package io.casedesk.notify;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code casedesk.outbox.messages{status=pending|sending|sent|failed}}: rows per status, read from the
 * database, so every node reports the cluster's outbox (alert on {@code status="failed"} above 0);
 * {@code casedesk.outbox.sent} and {@code casedesk.outbox.attempts.failed}: this node's counts.
 */
@Component
class OutboxMetrics {

    private final Counter sent;
    private final Counter attemptsFailed;
    private final Counter givenUp;

    OutboxMetrics(MeterRegistry registry, @Lazy OutboxMessages messages) {
        for (OutboxStatus status : OutboxStatus.values()) {
            Gauge.builder("casedesk.outbox.messages", messages, m -> m.countByStatus(status))
                    .description("Outbox messages by status").tag("status", status.name().toLowerCase())
                    .strongReference(true).register(registry);
        }
        this.sent = Counter.builder("casedesk.outbox.sent").description("Mails the mail server accepted")
                .register(registry);
        this.attemptsFailed = Counter.builder("casedesk.outbox.attempts.failed")
                .description("Send attempts that failed (retried later or given up)").register(registry);
        this.givenUp = Counter.builder("casedesk.outbox.failed")
                .description("Messages given up after the last attempt").register(registry);
    }

    void sent() {
        sent.increment();
    }

    void attemptFailed() {
        attemptsFailed.increment();
    }

    void failed(OutboxMessage message) {
        givenUp.increment();
    }
}
