package io.casedesk.complaints.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.casedesk.complaints.process.ComplaintProcess.Vars;

/** Reads what a complaint step needs; free text from a form is read once and removed from the engine. */
final class ComplaintVariables {

    private final DelegateExecution execution;

    ComplaintVariables(DelegateExecution execution) {
        this.execution = execution;
    }

    long complaintId() {
        return ((Number) execution.getVariable(Vars.COMPLAINT_ID)).longValue();
    }

    String takeText(String name) {
        Object value = execution.getVariable(name);
        execution.removeVariable(name);
        return value == null ? null : value.toString();
    }

    boolean flag(String name) {
        Object value = execution.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    Instant instant(String name) {
        Object value = execution.getVariable(name);
        return value instanceof Date date ? date.toInstant() : null;
    }

    void setInstant(String name, Instant instant) {
        execution.setVariable(name, Date.from(instant));
    }
}
