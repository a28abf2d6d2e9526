package io.casedesk.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.casedesk.platform.database.DatabaseOutage;

/**
 * Every API error as RFC 9457 problem details: a stable {@code type} per kind of failure, a
 * {@code detail} a person can act on, and {@code errors} listing each field that was wrong. Features
 * describe their own failures as {@link ProblemException}s; this class knows none of them.
 */
@RestControllerAdvice(basePackages = "io.casedesk")
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://casedesk.io/problems/";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final DatabaseOutage outage;

    ApiProblems(DatabaseOutage outage) {
        this.outage = outage;
    }

    /** A feature's refusal: the feature chose the status, type, title and fields; rendered as given. */
    @ExceptionHandler(ProblemException.class)
    ProblemDetail refused(ProblemException e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty("errors", e.fieldProblems().stream()
                    .map(field -> Map.of("field", field.field(), "message", field.message()))
                    .toList());
        }
        return problem;
    }

    @ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockingException.class })
    ProblemDetail lostRace(RuntimeException e) {
        return concurrentChange();
    }

    /**
     * Two actions on one case at once: the later one found the task, then the process moved on
     * under it. The same outcome as a lost optimistic lock, caught earlier by the engine.
     */
    @ExceptionHandler(org.camunda.bpm.engine.impl.pvm.PvmException.class)
    ProblemDetail movedMeanwhile(org.camunda.bpm.engine.impl.pvm.PvmException e) {
        if (e.getMessage() == null || !e.getMessage().contains("has no current activity")) {
            throw e;
        }
        return concurrentChange();
    }

    /**
     * A database lock conflict (a deadlock victim, a lock wait that timed out) rolled the request
     * back whole: nothing was stored, and trying again is the right move.
     */
    @ExceptionHandler({ ConcurrencyFailureException.class, ProcessEnginePersistenceException.class })
    ResponseEntity<ProblemDetail> lockConflict(RuntimeException e, WebRequest request) {
        if (e instanceof ConcurrencyFailureException || causedByLockConflict(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange());
        }
        if (DatabaseOutage.isCause(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("Persistence failure", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error",
                "Server error", "The request could not be stored; nothing was changed. Please try again later."));
    }

    /**
     * The database cannot be reached (no connection within the pool's timeout, a dropped or refused
     * connection): nothing was stored, and the same request may succeed once it is back. The engine's
     * wrapped forms of these, and failures outside controllers (a log-in), are answered the same way
     * by {@link DatabaseUnavailableFilter}.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, RecoverableDataAccessException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, WebRequest request) {
        outage.failed(request.getDescription(false), e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(outage.retryAfterSeconds()))
                .body(DatabaseUnavailableFilter.problem());
    }

    private static boolean causedByLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        String detail = "'%s' is not a valid value for %s.".formatted(e.getValue(), e.getName());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", detail)));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldError)
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.size() == 1 ? errors.get(0).get("message")
                        : "%d fields need attention; see errors.".formatted(errors.size()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBodies.problem(e));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
                "attachment-too-large", "Attachment too large", "The upload is larger than the server accepts."));
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message",
                error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
    }

    /** Any lost race on a case: the loser's transaction rolled back whole, reloading and retrying is right. */
    private static ProblemDetail concurrentChange() {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "The case changed meanwhile",
                "Someone else changed this case at the same moment; reload it and try again.");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
