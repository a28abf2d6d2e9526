package io.casedesk.complaints;

/** Where a complaint stands, with the words the customer reads. */
public enum ComplaintStatus {
    RECEIVED("received; we acknowledge it within two working days"),
    ACKNOWLEDGED("acknowledged"),
    UNDER_REVIEW("under review by our VP of customer experience"),
    OUTCOME_SENT("reviewed; the outcome has been sent to you"),
    WITH_CEO("with our CEO, who arbitrates what stays unresolved"),
    CLOSED("closed");

    private final String words;

    ComplaintStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
