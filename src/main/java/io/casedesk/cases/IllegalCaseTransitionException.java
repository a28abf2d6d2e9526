package io.casedesk.cases;

import org.springframework.http.HttpStatus;

/** The case is in a status from which the requested move is not allowed. */
public class IllegalCaseTransitionException extends CaseException {

    public IllegalCaseTransitionException(String caseNumber, CaseStatus from, String attempted) {
        super(HttpStatus.CONFLICT, "illegal-transition", "Not possible in the case's current status",
                "Case %s is %s; it cannot %s.".formatted(caseNumber, CaseStatusLabels.label(from), attempted));
    }
}
