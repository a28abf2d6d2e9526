package io.casedesk.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.casedesk.cases.Actor;
import io.casedesk.cases.Case;
import io.casedesk.cases.CaseAccess;
import io.casedesk.cases.CaseActions;
import io.casedesk.cases.CaseService;
import io.casedesk.cases.CasesProperties;
import io.casedesk.cases.NewCase;
import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;

/**
 * The review queue: mail whose sender may not open cases, kept until staff open a case for a contact
 * they choose or discard it with a reason. Each item is decided once.
 */
@Service
@Transactional
public class ReviewQueue {

    private final ReviewItems items;
    private final CustomerDirectory customers;
    private final CaseActions caseActions;
    private final CaseService caseService;
    private final CaseDrafts drafts;
    private final CasesProperties casesProperties;
    private final Clock clock;

    ReviewQueue(ReviewItems items, CustomerDirectory customers, CaseActions caseActions, CaseService caseService,
            CaseDrafts drafts, CasesProperties casesProperties, Clock clock) {
        this.items = items;
        this.customers = customers;
        this.caseActions = caseActions;
        this.caseService = caseService;
        this.drafts = drafts;
        this.casesProperties = casesProperties;
        this.clock = clock;
    }

    /** The items in one state, OPEN being those waiting for staff. */
    @Transactional(readOnly = true)
    public Page<ReviewView> list(ReviewStatus status, Pageable page) {
        return items.listByStatus(status, page);
    }

    @Transactional(readOnly = true)
    public ReviewView get(Long id) {
        return items.findViewById(id)
                .orElseThrow(() -> new IntakeItemNotFoundException("review item", id));
    }

    /**
     * The attachments of a held mail, read from the mail as it was received (empty when it can no
     * longer be parsed; it was parsed when it arrived).
     */
    @Transactional(readOnly = true)
    public List<HeldAttachment> attachments(Long id) {
        return attachmentsOf(items.findRawById(id)
                .orElseThrow(() -> new IntakeItemNotFoundException("review item", id)));
    }

    /**
     * How many attachments each of the given held mails has (for a page of the queue: each mail is
     * read once, one after the other). Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> attachmentCounts(Collection<Long> ids) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (Long id : ids) {
            items.findRawById(id).ifPresent(raw -> counts.put(id, attachmentsOf(raw).size()));
        }
        return counts;
    }

    private static List<HeldAttachment> attachmentsOf(byte[] raw) {
        ParsedMail mail = parsedOrNull(raw);
        return mail == null ? List.of() : mail.attachments().stream()
                .map(a -> new HeldAttachment(a.fileName(), a.content().length)).toList();
    }

    /**
     * Opens a case from the held mail for the chosen contact, with the mail's text and attachments,
     * through the same checks as every case (entitlement, allowed values). Returns the case number.
     */
    public String openCase(Long id, String staffUser, String contactEmail) {
        ReviewItem item = items.lockById(id).orElseThrow(() -> new IntakeItemNotFoundException("review item", id));
        if (item.getStatus() != ReviewStatus.OPEN) {
            throw new ReviewItemDecidedException(id, item.getStatus());
        }
        CustomerView contact = contactEmail == null ? null : customers.contactByEmail(contactEmail.strip()).orElse(null);
        if (contact == null) {
            throw new InvalidReviewDecisionException("contactEmail",
                    "No active contact has the address '%s'; register the sender first or choose a contact."
                            .formatted(contactEmail));
        }
        Instant now = clock.instant();
        // The SLA counts from the mail's arrival, unless it waited longer than a case may be back-dated.
        Instant receivedAt = item.getReceivedAt().isAfter(now.minus(casesProperties.maxReceivedAge()).plusSeconds(60))
                ? item.getReceivedAt() : null;
        ParsedMail mail = parsedOrNull(item.getRaw());
        String from = mail == null || mail.fromAddress() == null ? "an unregistered sender"
                : mail.fromName() == null ? mail.fromAddress() : "%s <%s>".formatted(mail.fromName(), mail.fromAddress());
        String text = "Opened from the review queue: mail from %s.%n%n%s".formatted(from, item.getBody());
        Case opened = caseActions.open(new NewCase(drafts.draft(item.getSubject(), text), contact, null, receivedAt),
                Actor.staff(staffUser));
        var staff = new CaseAccess.Staff(staffUser);
        if (mail != null) {
            List<String> tooLarge = new ArrayList<>();
            for (ParsedMail.Attachment attachment : mail.attachments()) {
                if (attachment.content().length == 0) {
                    continue;
                }
                if (attachment.content().length > drafts.maxAttachmentBytes()) {
                    tooLarge.add(attachment.fileName());
                    continue;
                }
                caseService.attach(opened.getNumber(), staff, attachment.fileName(), attachment.content(), false);
            }
            if (!tooLarge.isEmpty()) {
                caseService.addInternalNote(opened.getNumber(), staff, "Attachments over the size limit were not added: "
                        + String.join(", ", tooLarge) + ". The whole mail stays in review item " + id + ".");
            }
        }
        item.caseOpened(opened.getNumber(), staffUser, now);
        return opened.getNumber();
    }

    public ReviewView discard(Long id, String staffUser, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidReviewDecisionException("reason", "Say why the mail is discarded.");
        }
        ReviewItem item = items.lockById(id).orElseThrow(() -> new IntakeItemNotFoundException("review item", id));
        item.discard(reason.strip(), staffUser, clock.instant());
        return item.view();
    }

    private static ParsedMail parsedOrNull(byte[] raw) {
        try {
            return MailParser.parse(raw);
        } catch (MalformedMailException e) {
            return null;
        }
    }
}
