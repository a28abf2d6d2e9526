package io.casedesk.sla.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.casedesk.sla.SlaException;
import io.casedesk.sla.UnknownCalendarException;
import io.casedesk.sla.UnknownPolicySetException;
import io.casedesk.sla.calendar.CalendarWithoutWorkingTimeException;
import io.casedesk.sla.calendar.NoWorkingTimeAheadException;

/** SLA failures as problem details, in the house format of {@code platform.web.ApiProblems}. */
@RestControllerAdvice(basePackages = "io.casedesk.sla")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SlaProblems {

    private static final String TYPE_BASE = "https://casedesk.io/problems/";

    @ExceptionHandler(UnknownPolicySetException.class)
    ProblemDetail unknownPolicySet(UnknownPolicySetException e) {
        return withField(problem(HttpStatus.BAD_REQUEST, "unknown-policy-set", "Unknown policy set", e.getMessage()), e);
    }

    @ExceptionHandler(UnknownCalendarException.class)
    ProblemDetail unknownCalendar(UnknownCalendarException e) {
        return problem(HttpStatus.NOT_FOUND, "calendar-not-found", "Calendar not found", e.getMessage());
    }

    @ExceptionHandler(SlaException.class)
    ProblemDetail invalid(SlaException e) {
        if (e.getCause() instanceof NoWorkingTimeAheadException) {
            return withField(problem(HttpStatus.CONFLICT, "calendar-edit-refused", "Calendar edit refused", e.getMessage()), e);
        }
        String type = e.getCause() instanceof CalendarWithoutWorkingTimeException ? "calendar-without-working-time"
                : "invalid-request";
        return withField(problem(HttpStatus.BAD_REQUEST, type, "Invalid request", e.getMessage()), e);
    }

    @ExceptionHandler(NoWorkingTimeAheadException.class)
    ProblemDetail noWorkingTime(NoWorkingTimeAheadException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "calendar-without-working-time", "No working time ahead",
                e.getMessage());
    }

    private static ProblemDetail withField(ProblemDetail problem, SlaException e) {
        if (e.getField() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.getField(), "message", e.getMessage())));
        }
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
