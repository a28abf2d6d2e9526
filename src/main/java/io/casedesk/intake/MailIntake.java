package io.casedesk.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.Cases;
import io.casedesk.cases.Channel;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;

/**
 * Turns one mail into what it should become, exactly once. Everything a mail leads to — the case or
 * reply and its attachments, the review item, the quarantine entry, the events — is written in one
 * transaction together with the mail's key in {@code cd_intake_message}; a mail whose key is there is
 * a no-op. When that transaction fails for any reason, the mail is kept whole in quarantine in a
 * second one, so nothing taken from a mailbox is lost.
 */
@Service
class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    /** Mails taken from the mailboxes, by what they became (Prometheus: casedesk_intake_mails_total). */
    static final String METRIC = "casedesk.intake.mails";

    /** The whole mail's size (beyond it nothing is parsed), each attachment's, and mails per sender and window. */
    record Limits(long maxMessageBytes, long maxAttachmentBytes, int senderLimit) {
    }

    private final TransactionTemplate transaction;
    private final ProcessedMails processed;
    private final ReviewItems reviews;
    private final QuarantinedMails quarantine;
    private final CustomerDirectory customers;
    private final Cases cases;
    private final CaseService caseService;
    private final CaseActions caseActions;
    private final CaseDrafts drafts;
    private final Threading threading;
    private final IntakeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    MailIntake(PlatformTransactionManager transactions, ProcessedMails processed, ReviewItems reviews,
            QuarantinedMails quarantine, CustomerDirectory customers, Cases cases, CaseService caseService,
            CaseActions caseActions, CaseDrafts drafts, Threading threading, IntakeProperties properties,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.transaction = new TransactionTemplate(transactions);
        this.processed = processed;
        this.reviews = reviews;
        this.quarantine = quarantine;
        this.customers = customers;
        this.cases = cases;
        this.caseService = caseService;
        this.caseActions = caseActions;
        this.drafts = drafts;
        this.threading = threading;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    IntakeOutcome receive(String mailbox, byte[] raw) {
        return receive(mailbox, raw, new Limits(properties.maxMessageSize().toBytes(), drafts.maxAttachmentBytes(),
                properties.senderLimit()));
    }

    IntakeOutcome receive(String mailbox, byte[] raw, Limits limits) {
        IntakeOutcome outcome = process(mailbox, raw, limits);
        meters.counter(METRIC, "outcome", outcome.name()).increment();
        return outcome;
    }

    private IntakeOutcome process(String mailbox, byte[] raw, Limits limits) {
        String key = MailKeys.keyOf(raw);
        if (alreadyProcessed(key)) {
            return IntakeOutcome.DUPLICATE;
        }
        try {
            return transaction.execute(status -> handle(mailbox, key, raw, limits));
        } catch (DataIntegrityViolationException e) {
            if (alreadyProcessed(key)) {
                return IntakeOutcome.DUPLICATE; // another node took the same mail at the same moment
            }
            return failed(mailbox, key, raw, e);
        } catch (RuntimeException e) {
            return failed(mailbox, key, raw, e);
        }
    }

    private boolean alreadyProcessed(String key) {
        return Boolean.TRUE.equals(transaction.execute(status -> processed.existsById(key)));
    }

    private IntakeOutcome failed(String mailbox, String key, byte[] raw, RuntimeException e) {
        log.warn("Mail {} from mailbox {} could not be processed; keeping it in quarantine", key, mailbox, e);
        String reason = "Could not be processed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return transaction.execute(status -> quarantined(mailbox, key, raw, MailParser.messageIdOf(raw), null, null,
                reason, null));
    }

    private IntakeOutcome handle(String mailbox, String key, byte[] raw, Limits limits) {
        if (raw.length > limits.maxMessageBytes()) {
            return quarantined(mailbox, key, raw, null, null, null,
                    "The mail is %d bytes, larger than the limit of %d bytes (casedesk.intake.max-message-size)."
                            .formatted(raw.length, limits.maxMessageBytes()), null);
        }
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMailException e) {
            return quarantined(mailbox, key, raw, null, null, null, e.getMessage(), null);
        }
        if (mail.report() != null) {
            return deliveryFailure(mailbox, key, mail);
        }
        if (mail.automatic() != null) {
            return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.IGNORED, "Automatic mail: " + mail.automatic(),
                    null);
        }
        if (mail.fromAddress() == null) {
            return quarantined(mailbox, key, raw, null, null, mail.subject(), "The mail has no readable sender address.",
                    null);
        }
        if (properties.isOwnAddress(mail.fromAddress())) {
            return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.IGNORED, "Sent from our own address (a loop)",
                    null);
        }
        Instant now = clock.instant();
        long recent = processed.countByFromAddressAndProcessedAtAfter(mail.fromAddress(),
                now.minus(properties.senderWindow()));
        if (recent >= limits.senderLimit()) {
            return quarantined(mailbox, key, raw, null, mail.fromAddress(), mail.subject(),
                    "The sender passed the limit of %d mails in %s; kept unanswered."
                            .formatted(limits.senderLimit(), properties.senderWindow()), null);
        }
        Optional<CustomerView> contact = customers.contactByEmail(mail.fromAddress());
        if (contact.isEmpty()) {
            return heldForReview(mailbox, key, raw, mail, "The sender is not a registered contact.", true);
        }
        if (!contact.get().entitled()) {
            return heldForReview(mailbox, key, raw, mail, "%s has no valid support contract on a supported version."
                    .formatted(contact.get().organisationName()), false);
        }
        return fromContact(mailbox, key, raw, mail, new CaseAccess.Customer(contact.get()), limits);
    }

    private IntakeOutcome fromContact(String mailbox, String key, byte[] raw, ParsedMail mail,
            CaseAccess.Customer access, Limits limits) {
        String followUpTo = null;
        for (String number : threading.candidates(mail.subject(), mail.inReplyTo())) {
            Optional<Case> candidate = cases.findByNumber(number).filter(access::maySee);
            if (candidate.isEmpty()) {
                continue;
            }
            if (candidate.get().isClosed()) {
                followUpTo = followUpTo == null ? number : followUpTo;
                continue;
            }
            caseService.postReply(number, access, Channel.EMAIL, CaseDrafts.body(mail.text()));
            attach(mailbox, key, raw, mail, number, access, limits);
            return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.REPLY_ADDED, null, number);
        }
        String text = followUpTo == null ? mail.text()
                : "Follow-up to %s, which is closed.%n%n%s".formatted(followUpTo, CaseDrafts.body(mail.text()));
        Case opened = caseActions.open(new NewCase(drafts.draft(mail.subject(), text), access.contact(), null, null),
                access.actor());
        attach(mailbox, key, raw, mail, opened.getNumber(), access, limits);
        log.info("Mail {} from {} opened case {}", key, mail.fromAddress(), opened.getNumber());
        return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.CASE_OPENED, null, opened.getNumber());
    }

    /** Stores the attachments within the limit; a mail with a larger one is also kept whole in quarantine. */
    private void attach(String mailbox, String key, byte[] raw, ParsedMail mail, String number, CaseAccess access,
            Limits limits) {
        List<String> tooLarge = new ArrayList<>();
        for (ParsedMail.Attachment attachment : mail.attachments()) {
            if (attachment.content().length == 0) {
                continue;
            }
            if (attachment.content().length > limits.maxAttachmentBytes()) {
                tooLarge.add("%s (%d bytes)".formatted(attachment.fileName(), attachment.content().length));
                continue;
            }
            caseService.attach(number, access, attachment.fileName(), attachment.content(), false);
        }
        if (!tooLarge.isEmpty()) {
            quarantine.save(new QuarantinedMail(key, mailbox, mail.fromAddress(), mail.subject(),
                    "Attachments over the limit of %d bytes were not added to %s: %s"
                            .formatted(limits.maxAttachmentBytes(), number, String.join(", ", tooLarge)),
                    number, raw, clock.instant()));
        }
    }

    private IntakeOutcome heldForReview(String mailbox, String key, byte[] raw, ParsedMail mail, String reason,
            boolean answer) {
        Instant now = clock.instant();
        ReviewItem item = reviews.save(new ReviewItem(key, mailbox, mail.fromAddress(), mail.fromName(), mail.subject(),
                CaseDrafts.body(mail.text()), reason, raw, now));
        if (answer && !reviews.existsByFromAddressAndAnsweredAtAfter(mail.fromAddress(), now.minus(properties.answerEvery()))) {
            item.markAnswered(now);
            events.publishEvent(new AccessInstructionsDue(mail.fromAddress(), mail.fromDisplay(), mail.subject(),
                    mail.messageId()));
        }
        log.info("Mail {} from {} held for review: {}", key, mail.fromAddress(), reason);
        return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.HELD_FOR_REVIEW, reason, null);
    }

    private IntakeOutcome deliveryFailure(String mailbox, String key, ParsedMail mail) {
        var report = mail.report();
        List<String> referenced = new ArrayList<>();
        if (report.originalMessageId() != null) {
            referenced.add(report.originalMessageId());
        }
        referenced.addAll(mail.inReplyTo());
        String subjects = (report.originalSubject() == null ? "" : report.originalSubject()) + " " + mail.subject();
        Optional<String> number = threading.candidates(subjects, referenced).stream()
                .filter(candidate -> cases.findByNumber(candidate).isPresent())
                .findFirst();
        if (number.isEmpty()) {
            return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.IGNORED,
                    "Delivery status notification about no known case", null);
        }
        caseService.recordDeliveryFailure(number.get(), report.recipient(), report.diagnostic());
        events.publishEvent(new MailDeliveryFailed(number.get(), report.recipient(), report.diagnostic(),
                report.originalMessageId()));
        log.info("Mail {}: delivery to {} failed for case {}", key, report.recipient(), number.get());
        return recorded(mailbox, key, mail.fromAddress(), IntakeOutcome.DELIVERY_FAILURE, report.diagnostic(),
                number.get());
    }

    private IntakeOutcome quarantined(String mailbox, String key, byte[] raw, String messageId, String from,
            String subject, String reason, String caseNumber) {
        quarantine.save(new QuarantinedMail(key, mailbox, from, subject, reason, caseNumber, raw, clock.instant()));
        log.warn("Mail {} from mailbox {} kept in quarantine: {}", messageId == null ? key : messageId, mailbox, reason);
        return recorded(mailbox, key, from, IntakeOutcome.QUARANTINED, reason, caseNumber);
    }

    private IntakeOutcome recorded(String mailbox, String key, String from, IntakeOutcome outcome, String detail,
            String caseNumber) {
        processed.saveAndFlush(new ProcessedMail(key, mailbox, from, outcome, detail, caseNumber, clock.instant()));
        return outcome;
    }
}
