package io.casedesk.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** A review decision with a field that cannot be used (an unknown contact, an empty reason). */
public class InvalidReviewDecisionException extends ProblemException {

    private final String field;

    InvalidReviewDecisionException(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        this.field = field;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, getMessage()));
    }
}
