package io.casedesk.cases;

/**
 * The closing reasons the case-lifecycle process sets by itself. Every policy set's closing reasons
 * in {@code processes/case-choices.dmn} include them; the ones staff choose are the policy's own.
 */
public final class ClosingReasons {

    /** The customer (or staff for them) confirmed the resolution. */
    public static final String CONFIRMED_BY_CUSTOMER = "CONFIRMED_BY_CUSTOMER";
    /** The reminders went unanswered. */
    public static final String NO_RESPONSE = "NO_RESPONSE";

    private ClosingReasons() {
    }
}
