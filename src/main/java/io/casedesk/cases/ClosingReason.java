package io.casedesk.cases;

/** Why a case was closed (policy D). */
public enum ClosingReason {
    CONFIRMED_BY_CUSTOMER, NO_RESPONSE, NOT_A_DEFECT, DUPLICATE;

    /** Reasons staff may give when closing a case that is being worked on. */
    public boolean isStaffClosure() {
        return this == NOT_A_DEFECT || this == DUPLICATE;
    }
}
