package io.casedesk.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import io.casedesk.customers.CustomerDirectory;
import io.casedesk.customers.CustomerView;
import io.casedesk.intake.Quarantine;
import io.casedesk.intake.QuarantineView;
import io.casedesk.intake.ReviewQueue;
import io.casedesk.intake.ReviewStatus;
import io.casedesk.intake.ReviewView;
import io.casedesk.staff.StaffIntakeView.Attachment;
import io.casedesk.staff.StaffIntakeView.ContactChoice;
import io.casedesk.staff.StaffIntakeView.Item;
import io.casedesk.staff.StaffIntakeView.Pager;
import io.casedesk.staff.StaffIntakeView.QuarantineList;
import io.casedesk.staff.StaffIntakeView.QuarantineRow;
import io.casedesk.staff.StaffIntakeView.Queue;
import io.casedesk.staff.StaffIntakeView.QueueRow;

/** Reads held and quarantined mail for the staff pages from the public APIs of intake and customers. */
@Component
class StaffIntakePages {

    static final int PAGE_SIZE = 20;
    static final int PREVIEW_LENGTH = 160;
    static final int CONTACT_MATCHES = 20;
    static final int MAX_SEARCH_LENGTH = 254;
    /** Newest first; the id breaks ties between mails taken in the same poll. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

    private final ReviewQueue review;
    private final Quarantine quarantine;
    private final CustomerDirectory customers;

    StaffIntakePages(ReviewQueue review, Quarantine quarantine, CustomerDirectory customers) {
        this.review = review;
        this.quarantine = quarantine;
        this.customers = customers;
    }

    Queue queue(ReviewStatus status, int page) {
        Page<ReviewView> found = review.list(status, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, NEWEST_FIRST));
        if (found.isEmpty() && found.getTotalPages() > 0) {
            // Past the end (the queue got shorter since the link was made): the last page instead.
            found = review.list(status, PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE, NEWEST_FIRST));
        }
        Map<Long, Integer> attachments = review.attachmentCounts(found.map(ReviewView::id).getContent());
        List<QueueRow> rows = found.getContent().stream().map(item -> new QueueRow(item.id(), Stamp.of(item.receivedAt()),
                item.fromName(), item.fromAddress(), item.subject(), preview(item.text()),
                attachments.getOrDefault(item.id(), 0), statusLabel(item.status()))).toList();
        return new Queue(status.name(), statusLabel(status.name()), rows, pager(found));
    }

    Item item(long id) {
        ReviewView item = review.get(id);
        List<Attachment> attachments = review.attachments(id).stream()
                .map(a -> new Attachment(a.fileName(), StaffCasePages.size(a.sizeBytes()))).toList();
        return new Item(item.id(), Stamp.of(item.receivedAt()), item.fromName(), item.fromAddress(), item.subject(),
                item.text(), item.reason(), Stamp.of(item.answeredAt()), statusLabel(item.status()),
                ReviewStatus.OPEN.name().equals(item.status()), attachments, item.caseNumber(), item.decidedBy(),
                Stamp.of(item.decidedAt()), item.discardReason());
    }

    /** Contacts whose address contains the text; those who may not open cases are marked, not hidden. */
    List<ContactChoice> contacts(String search) {
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            return List.of(); // no address is that long
        }
        return customers.contactsByEmailContaining(search, CONTACT_MATCHES).stream()
                .map(StaffIntakePages::choice).toList();
    }

    QuarantineList quarantine(int page) {
        Page<QuarantineView> found = quarantine.list(PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE, NEWEST_FIRST));
        if (found.isEmpty() && found.getTotalPages() > 0) {
            found = quarantine.list(PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE, NEWEST_FIRST));
        }
        return new QuarantineList(found.getContent().stream().map(mail -> new QuarantineRow(mail.id(),
                Stamp.of(mail.receivedAt()), mail.mailbox(), mail.fromAddress(), mail.subject(), mail.reason(),
                mail.caseNumber(), StaffCasePages.size(mail.sizeBytes()))).toList(), pager(found));
    }

    /** What the contact search starts with: the sender's domain, so their colleagues show. */
    static String senderDomain(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at).toLowerCase(Locale.ROOT);
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "OPEN" -> "Waiting for a decision";
            case "CASE_OPENED" -> "Case opened";
            case "DISCARDED" -> "Discarded";
            default -> status;
        };
    }

    /** The start of the text on one line. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= PREVIEW_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, PREVIEW_LENGTH)).stripTrailing() + "…";
    }

    private static ContactChoice choice(CustomerView contact) {
        String label = "%s <%s> · %s (%s)%s".formatted(contact.name(), contact.email(), contact.organisationName(),
                StaffCasePages.words(contact.role().name()), contact.entitled() ? "" : " · no valid contract");
        return new ContactChoice(contact.email(), label);
    }

    private static Pager pager(Page<?> page) {
        return new Pager(page.getNumber() + 1, Math.max(page.getTotalPages(), 1), page.getTotalElements());
    }
}
