package io.casedesk.platform.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A request body that is JSON but has a value of the wrong kind: the answer names the field (its
 * path, as {@code details.environment} or {@code pauses[0].from}) and what it takes — an enum's
 * values, "a number", a date-time with an offset or zone — and never a Java type. Malformed JSON
 * keeps the parser's own words, with class names taken out.
 */
final class UnreadableBodies {

    private UnreadableBodies() {
    }

    static ProblemDetail problem(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            String message = field + ": " + expected(mismatch);
            ProblemDetail problem = unreadable("The request body has a value this operation cannot take: " + message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return problem;
        }
        if (e.getCause() instanceof MismatchedInputException) {
            // The body as a whole has the wrong shape (an array, a string, nothing at all).
            return unreadable("The request body must be one JSON object with this operation's fields.");
        }
        return unreadable("The request body is not valid JSON for this operation: " + withoutJavaTypes(e));
    }

    private static ProblemDetail unreadable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("https://casedesk.io/problems/unreadable-request"));
        problem.setTitle("Unreadable request");
        return problem;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        String given = value == null ? "this value" : "\"" + value + "\"";
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
            return "%s is not one of the allowed values %s.".formatted(given, allowed);
        }
        if (type == OffsetDateTime.class && e instanceof InvalidFormatException) {
            // DateTimeInput's own words: they say what is missing and give examples.
            return e.getOriginalMessage();
        }
        return "%s is not %s.".formatted(given, kind(type));
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "what this field takes";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == BigDecimal.class || type == BigInteger.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-31";
        }
        if (type == OffsetDateTime.class || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date-time with an offset or zone, e.g. " + DateTimeInput.EXAMPLES;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object with fields";
    }

    private static String withoutJavaTypes(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        // Jackson's messages end with a source excerpt that says nothing useful to a person.
        int cut = message.indexOf("\n at [Source");
        return (cut > 0 ? message.substring(0, cut) : message)
                .replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("`[a-z][\\w$]*(\\.[\\w$]+)+`", "the value")
                .strip();
    }
}
