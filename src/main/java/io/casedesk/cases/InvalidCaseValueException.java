package io.casedesk.cases;

import java.util.List;

import org.springframework.http.HttpStatus;

/** One field of a request has a value the case rules do not accept. */
public class InvalidCaseValueException extends CaseException {

    private final String field;

    public InvalidCaseValueException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", message);
        this.field = field;
    }

    public String getField() {
        return field;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, getMessage()));
    }
}
