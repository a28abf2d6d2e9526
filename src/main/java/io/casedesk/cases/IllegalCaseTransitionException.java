package io.casedesk.cases;

/** The case is in a status from which the requested move is not allowed. */
public class IllegalCaseTransitionException extends CaseException {

    public IllegalCaseTransitionException(String caseNumber, CaseStatus from, String attempted) {
        super("Case %s is %s; it cannot %s.".formatted(caseNumber, CaseStatusLabels.label(from), attempted));
    }
}
