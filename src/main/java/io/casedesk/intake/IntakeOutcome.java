package io.casedesk.intake;

/** What one mail became. */
public enum IntakeOutcome {
    /** A registered contact's mail opened a case. */
    CASE_OPENED,
    /** A registered contact's mail was added to a case they may see. */
    REPLY_ADDED,
    /** The sender may not open cases; the mail waits in the review queue. */
    HELD_FOR_REVIEW,
    /** The mail could not be read or must not be acted on automatically; kept whole in quarantine. */
    QUARANTINED,
    /** Automatic mail (auto-reply, list, bounce without a case, our own): dropped without an answer. */
    IGNORED,
    /** A delivery status notification, recorded on the case the undelivered mail was about. */
    DELIVERY_FAILURE,
    /** Already processed (the same Message-ID, or the same mail delivered again): nothing done. */
    DUPLICATE
}
