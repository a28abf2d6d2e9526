package io.casedesk.sla;

import java.util.Collection;

/** No shipped policy set has that id. */
public class UnknownPolicySetException extends SlaException {

    public UnknownPolicySetException(String id, Collection<String> known) {
        super("policySet", "There is no policy set \"%s\"; choose one of %s.".formatted(id, known));
    }
}
