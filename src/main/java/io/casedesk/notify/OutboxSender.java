package io.casedesk.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.casedesk.escalation.EscalationNotices;

/**
 * Sends what the outbox holds. Each due row is first claimed with one atomic UPDATE (see
 * {@link OutboxMessages#claim}), so on two nodes or two threads exactly one sender has it; the mail
 * goes out outside any transaction, then the row is marked sent — or, when the server refused or
 * could not be reached, pending again after an exponential back-off, and failed after the last attempt.
 *
 * <p>The one window in which a mail can go out twice: the server accepted it and this node died
 * before marking the row sent. After the claim's lease another sender sends it again, with the same
 * Message-ID, so the recipient's mail client shows one message. Everything else is sent exactly once.
 */
@Component
@EnableScheduling
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMessages messages;
    private final OutboxMimeMessages mimeMessages;
    private final WebhookCalls webhookCalls;
    private final JavaMailSender mailSender;
    private final EscalationNotices notices;
    private final CasedeskMailProperties properties;
    private final TransactionTemplate transactions;
    private final OutboxMetrics metrics;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    OutboxSender(OutboxMessages messages, OutboxMimeMessages mimeMessages, WebhookCalls webhookCalls,
            JavaMailSender mailSender,
            EscalationNotices notices, CasedeskMailProperties properties, TransactionTemplate transactions,
            OutboxMetrics metrics, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.mimeMessages = mimeMessages;
        this.webhookCalls = webhookCalls;
        this.mailSender = mailSender;
        this.notices = notices;
        this.properties = properties;
        this.transactions = transactions;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${casedesk.mail.outbox.poll-every:PT5S}", initialDelayString = "PT10S")
    void onSchedule() {
        if (properties.outbox().enabled()) {
            try {
                sendDue();
            } catch (RuntimeException e) {
                log.warn("Outbox: sending stopped for this round: {}", e.toString());
            }
        }
    }

    /** Sends every message due now, batch by batch; returns how many the mail server accepted. */
    public int sendDue() {
        int accepted = 0;
        while (true) {
            List<Claimed> batch = claimBatch();
            for (Claimed claimed : batch) {
                if (send(claimed)) {
                    accepted++;
                }
            }
            if (batch.size() < properties.outbox().batchSize()) {
                return accepted;
            }
        }
    }

    /**
     * Sends one message now if it is due (pending, or claimed by a sender whose lease ran out), with
     * the same claim as the schedule. Called inside a transaction (the mail-delivery process's job),
     * every step joins it. True when the mail server accepted it.
     */
    public boolean sendNow(long id) {
        String token = UUID.randomUUID().toString();
        Boolean claimed = transactions.execute(status -> {
            Instant now = clock.instant();
            return messages.claim(id, token, now.plus(properties.outbox().lease()), now, OutboxStatus.PENDING,
                    OutboxStatus.SENDING) == 1;
        });
        return Boolean.TRUE.equals(claimed) && send(new Claimed(id, token));
    }

    private record Claimed(long id, String token) {
    }

    private List<Claimed> claimBatch() {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            List<Claimed> claimed = new ArrayList<>();
            for (Long id : messages.findDue(now, OutboxStatus.PENDING, OutboxStatus.SENDING,
                    PageRequest.of(0, properties.outbox().batchSize()))) {
                String token = UUID.randomUUID().toString();
                if (messages.claim(id, token, now.plus(properties.outbox().lease()), now, OutboxStatus.PENDING,
                        OutboxStatus.SENDING) == 1) {
                    claimed.add(new Claimed(id, token));
                }
            }
            return claimed;
        });
    }

    private boolean send(Claimed claimed) {
        OutboxMessage row = transactions.execute(status -> messages.findById(claimed.id()).orElse(null));
        if (row == null || !row.isClaimedBy(claimed.token())) {
            return false;
        }
        Integer[] answer = new Integer[1];
        try {
            if (row.getChannel() == OutboxChannel.WEBHOOK) {
                answer[0] = webhookCalls.call(row);
                if (answer[0] < 200 || answer[0] > 299) {
                    throw new IllegalStateException("the webhook answered HTTP " + answer[0]);
                }
            } else {
                mailSender.send(mimeMessages.build(row));
            }
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            transactions.executeWithoutResult(status -> messages.findById(claimed.id())
                    .filter(current -> current.isClaimedBy(claimed.token()))
                    .ifPresent(current -> {
                        Instant now = clock.instant();
                        current.recordResponse(answer[0]);
                        current.attemptFailed(error, now.plus(properties.outbox().backOff(current.getAttempts() + 1)),
                                properties.outbox().maxAttempts());
                        if (current.getStatus() == OutboxStatus.FAILED) {
                            metrics.failed(current);
                            if (current.getChannel() == OutboxChannel.MAIL) {
                                events.publishEvent(new OutboxMessageGaveUp(current.getId(), current.getCaseId()));
                            }
                            log.error("Outbox message {} ({} to {}) failed for good after {} attempts: {}",
                                    current.getId(), current.getKind(), current.getRecipients(), current.getAttempts(),
                                    error);
                        } else {
                            log.warn("Outbox message {} not sent (attempt {}), retrying at {}: {}", current.getId(),
                                    current.getAttempts(), current.getNextAttemptAt(), error);
                        }
                    }));
            metrics.attemptFailed();
            return false;
        }
        transactions.executeWithoutResult(status -> messages.findById(claimed.id())
                .filter(current -> current.isClaimedBy(claimed.token()))
                .ifPresent(current -> {
                    current.recordResponse(answer[0]);
                    current.markSent(clock.instant());
                    if (current.getSourceNoticeId() != null) {
                        notices.markDelivered(current.getSourceNoticeId(), current.getSentAt());
                    }
                }));
        metrics.sent();
        return true;
    }
}
