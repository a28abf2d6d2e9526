package io.casedesk.cases;

/** Plain-language status names, as customers and staff read them. */
public final class CaseStatusLabels {

    public static String label(CaseStatus status) {
        return switch (status) {
            case OPEN -> "Open";
            case IN_PROGRESS -> "In Progress";
            case PENDING -> "Pending";
            case ON_HOLD -> "On Hold";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
        };
    }

    private CaseStatusLabels() {
    }
}
