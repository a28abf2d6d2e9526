package io.casedesk.complaints;

/**
 * What a complaint task's form shows of the complaint, read-only and as text.
 *
 * @param number            the complaint's number, its process's business key ({@link Complaint#numberOf})
 * @param customer          who filed it (e-mail)
 * @param organisation      the organisation's name and contract tier, empty if unknown
 * @param relatedCaseNumber the case it is about, or null
 */
public record ComplaintTaskSummary(long complaintId, String number, String kind, String subject, String description,
        String customer, String organisation, String relatedCaseNumber) {
}
