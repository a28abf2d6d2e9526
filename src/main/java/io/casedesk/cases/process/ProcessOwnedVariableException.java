package io.casedesk.cases.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task completion or message tried to change a variable the lifecycle owns (which case it acts
 * on). Nobody may do that, so it is an {@link AuthorizationException}: the engine REST API and
 * Tasklist answer 403 with this message (any other engine exception from a completion becomes a
 * 500), and the engine rolls the whole command back, so nothing changes.
 */
class ProcessOwnedVariableException extends AuthorizationException {

    ProcessOwnedVariableException(String variables) {
        super(("The variable '%s' belongs to the case's lifecycle and cannot be set or changed by a start,"
                + " task completion or message; leave it out.").formatted(variables));
    }
}
