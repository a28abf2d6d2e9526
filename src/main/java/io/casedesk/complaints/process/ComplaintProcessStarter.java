package io.casedesk.complaints.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import io.casedesk.complaints.ComplaintKind;
import io.casedesk.complaints.process.ComplaintProcess.Vars;

/**
 * Starts the complaint process for a stored complaint, so that the complaint service itself does
 * not talk to the engine. The complaint's number is the business key ("COMPLAINT-12" in Cockpit).
 */
@Component
public class ComplaintProcessStarter {

    private final RuntimeService runtime;

    ComplaintProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Returns the process instance id. */
    public String start(long complaintId, ComplaintKind kind) {
        return runtime.startProcessInstanceByKey(ComplaintProcess.KEY, ComplaintProcess.businessKey(complaintId),
                Variables.createVariables().putValue(Vars.COMPLAINT_ID, complaintId).putValue(Vars.KIND, kind.name()))
                .getId();
    }
}
