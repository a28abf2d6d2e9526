package io.casedesk.escalation;

/** Why a customer escalates (policies B and C), in the words shown back to them. */
public enum CustomerEscalationReason {
    NOT_UNDERSTOOD("the problem was not understood"),
    UNSATISFACTORY_REPLY("the reply was unsatisfactory"),
    NOT_HANDLED_WITH_URGENCY("the case was not handled with urgency"),
    PROGRESS_STALLED("progress has stalled"),
    PRIORITY_CHANGED("the priority has changed"),
    NEEDS_STRUCTURE("the case needs more structure");

    private final String words;

    CustomerEscalationReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
