package io.casedesk.intake;

/** Where a review queue item stands. */
public enum ReviewStatus {
    /** Waiting for staff. */
    OPEN,
    /** Staff opened a case from it for a contact. */
    CASE_OPENED,
    /** Staff discarded it, with a reason. */
    DISCARDED
}
