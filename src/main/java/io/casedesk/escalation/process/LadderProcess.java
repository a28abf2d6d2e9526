package io.casedesk.escalation.process;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.casedesk.escalation.process.EscalationProcess.Messages;
import io.casedesk.escalation.process.EscalationProcess.Vars;

/**
 * What the escalation service asks of {@code escalation.bpmn}: start a ladder, move a running one
 * up, end it. The only place the module's domain talks to the engine.
 */
@Component
public class LadderProcess {

    private final RuntimeService runtime;

    LadderProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** What a new ladder needs to know; where it enters and who handles it the model's tables decide. */
    public record Start(long caseId, String caseNumber, String caseOwner, long escalationId, String policySet,
            String trigger) {
    }

    /** Starts the ladder; returns its process instance id. */
    public String start(Start start) {
        return runtime.createMessageCorrelation(Messages.REQUESTED)
                .processInstanceBusinessKey(start.caseNumber()) // like the case's lifecycle: Cockpit lists both by case number
                .setVariables(Variables.createVariables()
                        .putValue(Vars.CASE_ID, start.caseId())
                        .putValue(Vars.CASE_NUMBER, start.caseNumber())
                        .putValue(Vars.CASE_OWNER, start.caseOwner())
                        .putValue(Vars.ESCALATION_ID, start.escalationId())
                        .putValue(Vars.POLICY_SET, start.policySet())
                        .putValue(Vars.TRIGGER, start.trigger()))
                .correlateStartMessage()
                .getId();
    }

    /** Moves the running ladder one level up; false when it is not waiting for that (it is changing right now). */
    public boolean raise(String processInstanceId, String caseOwner) {
        try {
            runtime.createMessageCorrelation(Messages.RAISED).processInstanceId(processInstanceId)
                    .setVariable(Vars.CASE_OWNER, caseOwner).correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }

    /** The case was closed: the ladder ends, if it still runs. */
    public void withdraw(String processInstanceId) {
        runtime.createMessageCorrelation(Messages.WITHDRAWN).processInstanceId(processInstanceId)
                .correlateAllWithResult();
    }
}
