package io.casedesk.complaints;

/** Feedback is acknowledged; a complaint is also reviewed by the VP. */
public enum ComplaintKind {
    COMPLAINT, FEEDBACK
}
