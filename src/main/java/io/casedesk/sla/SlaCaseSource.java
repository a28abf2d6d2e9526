package io.casedesk.sla;

/** Reads a case for the SLA rules and applies the priority the policy gives it. */
public interface SlaCaseSource {

    SlaCase get(long caseId);

    /** The priority table changed the requested priority; the case records it with the reason. */
    void applyPriority(long caseId, String priority, String reason);

    /** Which of the named case fields are still empty (product, productVersion, operatingSystem). */
    default java.util.List<String> missing(long caseId, java.util.List<String> fields) {
        return java.util.List.of();
    }

    /** The case's status (OPEN, IN_PROGRESS, PENDING, …). */
    default String status(long caseId) {
        return null;
    }
}
