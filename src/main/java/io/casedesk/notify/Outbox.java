package io.casedesk.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail: one row of the outbox, in the caller's transaction, so it is sent if and only if the
 * change that caused it commits. The subject carries the case number ({@code [CASE-10001]}), the
 * Message-ID is fixed now, and In-Reply-To/References point at the case's earlier mails so that mail
 * clients thread them and intake finds the case of a reply.
 */
@Service
public class Outbox {

    /** How many earlier Message-IDs of a case go into References. */
    static final int MAX_REFERENCES = 10;

    /**
     * A mail to queue.
     *
     * @param kind           what it is, e.g. ACKNOWLEDGEMENT (admin API, metrics)
     * @param recipients     plain addresses; an invalid one is left out, and with none left the message is failed at once
     * @param automatic      sent by Casedesk on its own (acknowledgement, reminder, notice): {@code Auto-Submitted: auto-generated}
     * @param sourceNoticeId the escalation or complaint notice it delivers, if any
     */
    public record Mail(String kind, Long caseId, String caseNumber, List<String> recipients, String subject,
            String textBody, String htmlBody, boolean automatic, Long sourceNoticeId) {
    }

    private final OutboxMessages messages;
    private final CasedeskMailProperties properties;
    private final Clock clock;

    Outbox(OutboxMessages messages, CasedeskMailProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public OutboxMessage enqueue(Mail mail) {
        List<String> rejected = new ArrayList<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (String recipient : mail.recipients()) {
            MailHeaders.address(recipient).ifPresentOrElse(recipients::add, () -> rejected.add(String.valueOf(recipient)));
        }
        String subject = MailHeaders.subject(mail.caseNumber(), mail.subject());
        List<String> earlier = new ArrayList<>();
        if (mail.caseId() != null) {
            earlier.addAll(messages.messageIdsOfCase(mail.caseId(), PageRequest.of(0, MAX_REFERENCES)));
            Collections.reverse(earlier);
        }
        OutboxMessage message = new OutboxMessage(mail.kind(), mail.caseId(), mail.caseNumber(),
                String.join(", ", recipients), subject, mail.textBody(), mail.htmlBody(),
                MessageIds.next(mail.caseNumber(), properties.domain()),
                earlier.isEmpty() ? null : earlier.get(earlier.size() - 1),
                earlier.isEmpty() ? null : String.join(" ", earlier), mail.automatic(), mail.sourceNoticeId(),
                clock.instant());
        if (recipients.isEmpty()) {
            message.failAtOnce("No valid recipient address" + (rejected.isEmpty() ? "" : ": " + rejected));
        }
        return messages.save(message);
    }
}
