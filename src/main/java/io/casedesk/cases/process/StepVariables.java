package io.casedesk.cases.process;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.casedesk.cases.Actor;
import io.casedesk.cases.InvalidCaseValueException;
import io.casedesk.cases.LifecycleSteps;
import io.casedesk.cases.process.CaseLifecycle.Vars;
import io.casedesk.platform.EngineUsers;

/** Reads what a lifecycle step needs from its execution: the case, the actor, typed form values. */
final class StepVariables {

    private final DelegateExecution execution;
    private final LifecycleSteps steps;

    StepVariables(DelegateExecution execution, LifecycleSteps steps) {
        this.execution = execution;
        this.steps = steps;
    }

    /** The case the process was started for, never just whatever the {@code caseId} variable says now. */
    long caseId() {
        return CaseBinding.caseId(execution, steps);
    }

    /** The API passes the actor as a transient variable; in Tasklist it is the logged-in user. */
    Actor actor() {
        Object given = execution.getVariable(Vars.ACTOR);
        if (given != null) {
            return Actor.fromReference(given.toString());
        }
        return EngineUsers.currentUserId(execution.getProcessEngineServices().getIdentityService())
                .map(Actor::staff)
                .orElse(Actor.SYSTEM);
    }

    String text(String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseValueException(name, "'%s' is not a valid %s.".formatted(value, name));
        }
    }

    /** Date-time from the API (Date) or from a form-js datetime field (ISO text, with or without offset: UTC). */
    Instant instant(String name) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidCaseValueException(name, "'%s' is not a date and time.".formatted(text));
            }
        }
    }

    /** Free text has been copied into the case; it must not linger in the engine's tables. */
    void forget(String... names) {
        for (String name : names) {
            execution.removeVariable(name);
        }
    }
}
