package io.casedesk.sla;

/** Reads a case for the SLA rules and applies the priority the policy gives it. */
public interface SlaCaseSource {

    SlaCase get(long caseId);

    /** The priority table changed the requested priority; the case records it with the reason. */
    void applyPriority(long caseId, String priority, String reason);
}
