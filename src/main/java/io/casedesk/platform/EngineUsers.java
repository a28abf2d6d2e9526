package io.casedesk.platform;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The user the engine is acting for (set by Tasklist, Cockpit or the engine REST API), if any. */
public final class EngineUsers {

    public static Optional<String> currentUserId(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }

    private EngineUsers() {
    }
}
