package io.casedesk.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure a feature wants answered as problem details. The feature names the HTTP status, the
 * stable {@code type} slug (the last part of {@code https://casedesk.io/problems/<type>}), the title
 * and, where one field is at fault, the field; {@code ApiProblems} only renders it, so the platform
 * knows no feature's exceptions. The message is the {@code detail}, written for the person who asked.
 */
public abstract class ProblemException extends RuntimeException {

    /** A field of the request and what is wrong with it, listed under {@code errors}. */
    public record FieldProblem(String field, String message) {
    }

    private final HttpStatus status;
    private final String type;
    private final String title;

    protected ProblemException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The stable slug a client may switch on, e.g. {@code case-not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The fields at fault; none by default. */
    public List<FieldProblem> fieldProblems() {
        return List.of();
    }
}
