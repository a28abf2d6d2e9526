package io.casedesk.staff;

import java.util.List;

/** What the staff pages for held mail show: the review queue, one held mail, the quarantine. */
final class StaffIntakeView {

    /** Which page of a list this is; {@code number} counts from 1. */
    record Pager(int number, int totalPages, long totalItems) {
    }

    /** One held mail in the queue. */
    record QueueRow(long id, Stamp received, String fromName, String fromAddress, String subject, String preview,
            int attachments, String status) {
    }

    record Queue(String status, String statusLabel, List<QueueRow> rows, Pager pager) {
    }

    /** One held mail, whole, and what was decided about it (null fields while it waits). */
    record Item(long id, Stamp received, String fromName, String fromAddress, String subject, String text,
            String heldBecause, Stamp answered, String status, boolean open, List<Attachment> attachments,
            String caseNumber, String decidedBy, Stamp decidedAt, String discardReason) {
    }

    record Attachment(String name, String size) {
    }

    /** A contact the case may be opened for, as the search found it. */
    record ContactChoice(String email, String label) {
    }

    record QuarantineRow(long id, Stamp received, String mailbox, String fromAddress, String subject, String reason,
            String caseNumber, String size) {
    }

    record QuarantineList(List<QuarantineRow> rows, Pager pager) {
    }

    private StaffIntakeView() {
    }
}
