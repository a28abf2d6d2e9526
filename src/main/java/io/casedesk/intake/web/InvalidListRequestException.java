package io.casedesk.intake.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.casedesk.platform.web.ProblemException;

/** A list request with a sort or page size the intake lists do not offer. */
class InvalidListRequestException extends ProblemException {

    private final String field;

    InvalidListRequestException(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        this.field = field;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, getMessage()));
    }
}
